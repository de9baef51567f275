import type { HastNode } from './hast-node.ts';
import { typo, unglue } from '../lib/typography.ts';

/** Tags whose text is literal and must not be touched. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

const HEADINGS = new Set(['h1', 'h2', 'h3']);

function walk(node: HastNode, inHeading = false): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    node.value = inHeading ? unglue(typo(node.value)) : typo(node.value);
    return;
  }
  if (node.type === 'element' && node.tagName && LITERAL.has(node.tagName)) return;
  const heading = inHeading || (node.type === 'element' && HEADINGS.has(node.tagName ?? ''));
  node.children?.forEach((child) => walk(child, heading));
}

/** Rehype plugin: applies the site's typography to every text node of Markdown and MDX content. */
export function rehypeTypograf() {
  return (tree: HastNode) => walk(tree, false);
}
