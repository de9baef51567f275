/**
 * Where the words live. The benchmark points this at a generated corpus in a temporary folder,
 * so measuring never touches the real content.
 */
export function contentRoot(fromEnv: string | undefined): string {
  return (fromEnv && fromEnv.trim()) || './content';
}
