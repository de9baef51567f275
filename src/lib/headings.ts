import { typo } from './typography.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents lists the guide's sections (h2) and appears only when there are at least three. */
export function tocHeadings(headings: readonly Heading[], minimum = 3): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length >= minimum ? sections.map((h) => ({ ...h, text: typo(h.text) })) : [];
}
