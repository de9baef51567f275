/**
 * Sentences in content YAML may hold links written `[text](/path/)`. This turns one such sentence into HTML:
 * everything is escaped, and only links to paths of this site become <a> elements.
 */
const LINK = /\[([^\]]+)\]\((\/[^)\s]*)\)/g;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function inlineLinksHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    out += escapeHtml(text.slice(last, m.index)) + `<a href="${escapeHtml(m[2] ?? '')}">${escapeHtml(m[1] ?? '')}</a>`;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
