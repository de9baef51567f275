interface HastElement {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastElement[];
}

/** Links that leave the site open without handing it the opener or the referrer. */
function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

function walk(node: HastElement): void {
  if (node.type === 'element' && node.tagName === 'a' && isExternalHref(node.properties?.href)) {
    node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
  }
  node.children?.forEach(walk);
}

export function rehypeExternalLinks() {
  return (tree: HastElement) => walk(tree);
}
