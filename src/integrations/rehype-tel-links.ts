import type { HastNode } from './hast-node.ts';
/**
 * Phone numbers that may become tap-to-call links: only numbers taken from the fact sheet
 * (/work/shared/facts/aliexpress.md). Any other digits stay plain text, so a typo can never dial a stranger.
 */
export const KNOWN_PHONES: Record<string, string> = {
  '88005554943': '+78005554943', // the consumer watchdog's consultation centre (fact sheet)
};

const PHONE = /8[-\u2011\u00a0 ]?800[-\u2011\u00a0 ]?\d{3}[-\u2011\u00a0 ]?\d{2}[-\u2011\u00a0 ]?\d{2}/g;

/** Splits a text into plain text and tel: links for the known numbers. */
export function telNodes(text: string): HastNode[] | null {
  const out: HastNode[] = [];
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    const tel = KNOWN_PHONES[m[0].replace(/\D/g, '')];
    if (!tel) continue;
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `tel:${tel}`, className: ['whitespace-nowrap'] },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (!out.length) return null;
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function walk(node: HastNode): void {
  if (!node.children) return;
  if (node.type === 'element' && ['a', 'code', 'pre', 'script', 'style'].includes(node.tagName ?? '')) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && typeof child.value === 'string') return telNodes(child.value) ?? [child];
    walk(child);
    return [child];
  });
}

/** Rehype plugin: the hotline number in guides, FAQ and the about page becomes a tel: link. */
export function rehypeTelLinks() {
  return (tree: HastNode) => walk(tree);
}
