import { typo } from '../lib/typography.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/** Tags whose text is literal and must not be touched. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

function walk(node: HastNode): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    node.value = typo(node.value);
    return;
  }
  if (node.type === 'element' && node.tagName && LITERAL.has(node.tagName)) return;
  node.children?.forEach(walk);
}

/** Rehype plugin: applies the site's typography to every text node of Markdown and MDX content. */
export function rehypeTypograf() {
  return (tree: HastNode) => walk(tree);
}
