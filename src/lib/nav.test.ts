import { describe, expect, it } from 'vitest';
import { createT } from './i18n.ts';
import { isCurrent, mainNav } from './nav.ts';
import { SECTION_IDS } from './sections.ts';

describe('the header navigation', () => {
  it('lists the sections, then FAQ, checklists and tools, with their words from the dictionary', () => {
    const t = createT({
      sections: Object.fromEntries(SECTION_IDS.map((id) => [id, { label: `L-${id}` }])),
      nav: { faq: 'FAQ', checklists: 'Lists', tools: 'Tools' },
    });
    const nav = mainNav(t);
    expect(nav.map((l) => l.href)).toEqual([
      ...SECTION_IDS.map((id) => `/${id}/`),
      '/faq/',
      '/checklists/',
      '/tools/triage/',
    ]);
    expect(nav[0]!.label).toBe(`L-${SECTION_IDS[0]}`);
  });

  it('marks a link current on its page, below it, and the tools link on any tool', () => {
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/faq/')).toBe(false);
    expect(isCurrent('/disputes/', '/disputes/open-dispute/')).toBe(true);
    expect(isCurrent('/disputes/', '/problems/')).toBe(false);
    expect(isCurrent('/tools/triage/', '/tools/deadline/')).toBe(true);
  });
});
