/**
 * The few fields of a HAST node our rehype plugins read and write. Loose on purpose: the plugins only walk the tree,
 * split text and append elements, and the full `hast` types would need a cast at every step.
 */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
