import { describe, expect, it } from 'vitest';
import { auditReferences, formatProblems, internalLinks, type ContentModel } from '../../src/lib/content-audit.ts';

function model(): ContentModel {
  return {
    guides: [
      {
        file: 'content/guides/disputes/open-dispute.mdx',
        id: 'disputes/open-dispute',
        related: ['problems/delivery-delay'],
        checklists: ['open-dispute'],
        body: 'См. [задержку](/problems/delivery-delay/) и <Term id="dispute">спор</Term>. <Checklist id="open-dispute" />',
      },
      {
        file: 'content/guides/problems/delivery-delay.mdx',
        id: 'problems/delivery-delay',
        related: [],
        checklists: [],
        body: '',
      },
    ],
    faq: [{ file: 'content/faq/q.md', id: 'q', related: ['disputes/open-dispute'], body: '[Все вопросы](/faq/#q)' }],
    checklists: [
      {
        file: 'content/checklists/open-dispute.yaml',
        id: 'open-dispute',
        links: [{ itemId: 'a', link: '/glossary/#dispute' }],
      },
    ],
    glossary: [{ file: 'content/glossary.yaml', id: 'dispute', see: ['disputes/open-dispute'] }],
  };
}

describe('auditReferences', () => {
  it('finds nothing wrong in a consistent set', () => {
    expect(auditReferences(model())).toEqual([]);
  });

  it('names the file and the missing related guide', () => {
    const m = model();
    m.guides[0]!.related = ['problems/no-such-guide'];
    expect(formatProblems(auditReferences(m))).toBe(
      'content/guides/disputes/open-dispute.mdx: related: no guide "problems/no-such-guide"',
    );
  });

  it('names a dangling checklist id in frontmatter and in an embedded component', () => {
    const m = model();
    m.guides[0]!.checklists = ['nope'];
    m.guides[0]!.body = '<Checklist id="gone" />';
    expect(auditReferences(m).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'checklists: no checklist "nope"',
      '<Checklist id>: no checklist "gone"',
    ]);
  });

  it('names an unknown glossary term and a dangling link or fragment', () => {
    const m = model();
    m.guides[0]!.body = '<Term id="nope">x</Term> [a](/disputes/missing/) [b](/glossary/#nope) [c](/faq)';
    expect(auditReferences(m).map((p) => p.message)).toEqual([
      'no glossary term "nope"',
      'link /disputes/missing/ points to no page',
      'link /glossary/#nope: no #nope on /glossary/',
      'link /faq needs a trailing slash',
    ]);
  });

  it('checks checklist item links and glossary see-also ids', () => {
    const m = model();
    m.checklists[0]!.links = [{ itemId: 'a', link: '/tools/nothing/' }];
    m.glossary[0]!.see = ['contact/none'];
    expect(formatProblems(auditReferences(m))).toBe(
      [
        'content/checklists/open-dispute.yaml: items.a.link: link /tools/nothing/ points to no page',
        'content/glossary.yaml: dispute.see: no guide "contact/none"',
      ].join('\n'),
    );
  });
});

describe('internalLinks', () => {
  it('finds Markdown and HTML links to site paths only', () => {
    expect(internalLinks('[a](/x/) <a href="/y/">y</a> [ext](https://e.org)')).toEqual(['/x/', '/y/']);
  });
});

describe('plain text helpers for structured data', async () => {
  const { markdownToPlainText, metaDescription } = await import('../../src/lib/plain-text.ts');
  it('strips Markdown links and marks', () => {
    expect(markdownToPlainText('**Да.** См. [спор](/disputes/open-dispute/).')).toBe('Да. См. спор.');
  });
  it('cuts a long meta description at a word boundary', () => {
    const long = 'слово '.repeat(40).trim();
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(158);
    expect(cut).toMatch(/слово…$/);
    expect(metaDescription('Коротко.')).toBe('Коротко.');
  });
});
