import type { HastNode } from './hast-node.ts';
/**
 * Rehype plugin: every h2 with an id gets a link to itself after its words, so a reader can share one section
 * (/disputes/open-dispute/#что-сделать-сейчас). The visible mark is hidden from screen readers; the link's name is
 * a short hidden label (e.g. «Ссылка на раздел»), so the heading is not read twice. Shown on hover and focus
 * (global.css, .section-link). Runs after rehypeHeadingIds, so the table of contents never sees the label.
 */
export function rehypeSectionLinks(options: { label: string }) {
  const walk = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName === 'h2' && typeof node.properties?.id === 'string') {
      node.children = [
        ...(node.children ?? []),
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${node.properties.id}`, className: ['section-link'], dataPagefindIgnore: '' },
          children: [
            {
              type: 'element',
              tagName: 'span',
              properties: { ariaHidden: 'true' },
              children: [{ type: 'text', value: '#' }],
            },
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['sr-only'] },
              children: [{ type: 'text', value: options.label }],
            },
          ],
        },
      ];
      return;
    }
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}
