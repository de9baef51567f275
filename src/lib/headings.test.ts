import { describe, expect, it } from 'vitest';
import { tocHeadings } from './headings.ts';

const h = (depth: number, text: string) => ({ depth, slug: text, text });

describe('tocHeadings', () => {
  it('lists the h2 sections only from three of them on, typeset', () => {
    expect(tocHeadings([h(2, 'Один'), h(3, 'Под'), h(2, 'Два')])).toEqual([]);
    const toc = tocHeadings([h(2, 'Что делать - сразу'), h(3, 'Под'), h(2, 'Два'), h(2, 'Три')]);
    expect(toc.map((x) => x.slug)).toEqual(['Что делать - сразу', 'Два', 'Три']);
    expect(toc[0]!.text).toContain('—');
    expect(tocHeadings([h(2, 'a'), h(2, 'b')], 2)).toHaveLength(2);
  });
});
