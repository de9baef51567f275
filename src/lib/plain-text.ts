/** Markdown of a short answer → plain text for structured data and search snippets. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A meta description: the text itself when short enough, else cut at a word boundary with an ellipsis. */
export function metaDescription(text: string, max = 158): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 3).replace(/\s+\S*$/, '')}…`;
}
