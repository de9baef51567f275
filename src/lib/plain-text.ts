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

/** The first sentence of plain Russian text (a stop followed by a space and a capital letter ends it). */
export function firstSentence(text: string): string {
  const match = text.match(/^[\s\S]*?[.!?…](?=\s+[«(]?[А-ЯЁA-Z]|$)/u);
  return (match ? match[0] : text).trim();
}
