import type { z } from 'astro/zod';

/** Validates frontmatter outside Astro (content tests) with messages that name the file and the field. */
export function validate<S extends z.ZodTypeAny>(schema: S, file: string, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
