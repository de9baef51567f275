import { describe, expect, it } from 'vitest';
import { guideUrl, isSectionId, SECTION_IDS, splitGuideId } from './sections.ts';

describe('sections', () => {
  it('knows the five sections', () => {
    expect(SECTION_IDS).toHaveLength(5);
    expect(isSectionId('disputes')).toBe(true);
    expect(isSectionId('tools')).toBe(false);
  });

  it('splits a guide id into section and slug and makes its URL', () => {
    expect(splitGuideId('disputes/open-dispute')).toEqual({ section: 'disputes', slug: 'open-dispute' });
    expect(guideUrl('problems/damaged')).toBe('/problems/damaged/');
  });

  it('a guide outside a section folder fails naming the file', () => {
    expect(() => splitGuideId('misc/x')).toThrow('content/guides/misc/x.mdx: section: unknown section folder "misc"');
    expect(() => splitGuideId('loose')).toThrow('content/guides/loose.mdx: a guide must sit in');
    expect(() => splitGuideId('a/b/c')).toThrow('content/guides/a/b/c.mdx');
  });
});
