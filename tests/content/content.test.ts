import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadContent, proseOf, countWords, countSentences } from './load-content.ts';
import { validate } from '../../src/content/validate.ts';
import { checklistSchema, faqSchema, glossarySchema, guideSchema, pageSchema } from '../../src/content/schemas.ts';
import { sharedNgrams } from '../support/ngrams.ts';
import { PROBLEM_SLUGS } from '../../src/lib/sections.ts';

const content = loadContent('content');
const bySection = (s: string) => content.guides.filter((g) => g.id.startsWith(`${s}/`));
const slugs = (s: string) => bySection(s).map((g) => g.id.split('/')[1]);

describe('schemas accept every content file', () => {
  it('guides, FAQ, checklists, glossary and pages validate', () => {
    const errors = [
      ...content.guides.flatMap((g) => validate(guideSchema, g.file, g.data)),
      ...content.faq.flatMap((f) => validate(faqSchema, f.file, f.data)),
      ...content.checklists.flatMap((c) => validate(checklistSchema, c.file, c.data)),
      ...content.glossary.flatMap((t) => validate(glossarySchema, `${content.glossaryFile} (${t.id})`, t)),
      ...content.pages.flatMap((p) => validate(pageSchema, p.file, p.data)),
    ];
    expect(errors.join('\n')).toBe('');
  });
});

describe('the set is complete', () => {
  it('has the guides each section needs', () => {
    expect(slugs('contact').length).toBeGreaterThanOrEqual(4);
    expect(slugs('contact')).toContain('overview');
    expect(slugs('prepare').length).toBeGreaterThanOrEqual(4);
    expect(slugs('disputes').length).toBeGreaterThanOrEqual(6);
    expect(slugs('escalation').length).toBeGreaterThanOrEqual(5);
    expect(slugs('escalation')).toContain('ladder');
    expect(slugs('problems').sort()).toEqual([...PROBLEM_SLUGS].sort());
  });

  it('orders overview and ladder first in their sections', () => {
    const first = (s: string) => [...bySection(s)].sort((a, b) => Number(a.data.order) - Number(b.data.order))[0]!.id;
    expect(first('contact')).toBe('contact/overview');
    expect(first('escalation')).toBe('escalation/ladder');
  });

  it('has at least 40 FAQ entries, 5 checklists and 25 glossary terms', () => {
    expect(content.faq.length).toBeGreaterThanOrEqual(40);
    expect(content.checklists.map((c) => c.id).sort()).toEqual(
      expect.arrayContaining(['before-contact', 'evidence', 'open-dispute', 'parcel-arrived', 'escalation']),
    );
    expect(content.glossary.length).toBeGreaterThanOrEqual(25);
    const terms = content.glossary.map((t) => t.term.toLowerCase());
    for (const needed of ['спор', 'эскалация спора', 'защита покупателя', 'трек-номер', 'чарджбэк']) {
      expect(terms).toContain(needed);
    }
  });

  it('has at least 25,000 words across guides and FAQ', () => {
    const words = [...content.guides, ...content.faq].reduce((n, d) => n + countWords(proseOf(d.body)), 0);
    console.log(`content: ${words} words in ${content.guides.length} guides and ${content.faq.length} FAQ entries`);
    expect(words).toBeGreaterThanOrEqual(25_000);
  });
});

describe('each guide', () => {
  it.each(content.guides.map((g) => [g.id, g] as const))('%s follows the guide rules', (_id, g) => {
    const words = countWords(proseOf(g.body));
    expect(words, `${g.file}: body has ${words} words`).toBeGreaterThanOrEqual(300);
    expect(words, `${g.file}: body has ${words} words`).toBeLessThanOrEqual(1100);
    const summarySentences = countSentences(String(g.data.summary));
    expect(summarySentences, `${g.file}: summary`).toBeLessThanOrEqual(3);
    expect((g.data.related as string[]).length, `${g.file}: related`).toBeGreaterThan(0);
    expect((g.data.aliases as string[]).length, `${g.file}: aliases`).toBeGreaterThanOrEqual(3);
    const h2 = [...g.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    expect(h2.at(-1), `${g.file}: the last section must be «Если не помогло»`).toBe('Если не помогло');
    expect(/<Steps>|^\d+\. /m.test(g.body), `${g.file}: numbered steps`).toBe(true);
    if (/ст\.\s*\d|Закон|ГК РФ|Роспотребнадзор/.test(g.body)) {
      expect((g.data.sources as unknown[]).length, `${g.file}: cites law or an authority but has no sources`).toBeGreaterThan(0);
    }
    if (/^(problems|disputes)\//.test(g.id)) {
      expect(g.body, `${g.file}: needs a deadline callout`).toMatch(/<Callout\s+type="deadline"/);
    }
  });
});

describe('each FAQ answer', () => {
  it.each(content.faq.map((f) => [f.id, f] as const))('%s is 2–5 sentences and links to a guide', (_id, f) => {
    const [answer] = f.body.trim().split(/\n\s*\nПодробнее/);
    const sentences = countSentences(proseOf(answer!));
    expect(sentences, `${f.file}: ${sentences} sentences`).toBeGreaterThanOrEqual(2);
    expect(sentences, `${f.file}: ${sentences} sentences`).toBeLessThanOrEqual(5);
    expect(f.body, `${f.file}: ends with a link to the guide`).toMatch(/\]\(\/[a-z-]+\/[a-z0-9-]+\/\)\.?\s*$/);
  });
});

describe('each checklist', () => {
  it.each(content.checklists.map((c) => [c.id, c] as const))('%s has 6–15 items in groups', (_id, c) => {
    const items = (c.data.groups as { items: unknown[] }[]).flatMap((g) => g.items);
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(15);
  });
});

describe('writing rules', () => {
  const everything = [
    ...content.guides.map((g) => ({ file: g.file, text: g.body + JSON.stringify(g.data) })),
    ...content.faq.map((f) => ({ file: f.file, text: f.body + JSON.stringify(f.data) })),
    ...content.checklists.map((c) => ({ file: c.file, text: JSON.stringify(c.data) })),
    { file: content.glossaryFile, text: JSON.stringify(content.glossary) },
    ...content.pages.map((p) => ({ file: p.file, text: p.body })),
  ];

  it('gives no phone number but the one in the fact sheet', () => {
    const phones = everything.flatMap(({ file, text }) =>
      [...text.matchAll(/(?:\+7|\b8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}/g)]
        .map((m) => m[0])
        .filter((p) => p.replace(/\D/g, '') !== '88005554943')
        .map((p) => `${file}: ${p}`),
    );
    expect(phones).toEqual([]);
  });

  it('invents no e-mail address and no external link beyond the allowed ones', () => {
    const found = everything.flatMap(({ file, text }) =>
      [...text.matchAll(/[\w.-]+@[\w-]+\.[\w.]+|https?:\/\/[^\s)"']+/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('uses «ёлочки» and em dashes in prose, not straight quotes or hyphens as dashes', () => {
    const bad = [...content.guides, ...content.faq, ...content.pages].flatMap((d) => {
      const prose = proseOf(d.body);
      const issues: string[] = [];
      if (/"/.test(prose)) issues.push(`${d.file}: straight double quote in text`);
      if (/\s-\s/.test(prose)) issues.push(`${d.file}: hyphen used as a dash ( - ); use « — »`);
      if (/\s–\s/.test(prose)) issues.push(`${d.file}: en dash used as a dash; use « — »`);
      return issues;
    });
    expect(bad).toEqual([]);
  });

  it('repeats no 8 consecutive words of the seed', () => {
    const seed = readFileSync('tests/fixtures/seed.txt', 'utf8');
    const texts = [...content.guides, ...content.faq, ...content.pages].map((d) => proseOf(d.body));
    const shared = sharedNgrams(seed, texts.join('\n'), 8);
    expect(shared).toEqual([]);
  });

  it('passes the Russian spelling check (cspell with @cspell/dict-ru_ru and project-words.txt)', () => {
    let output = '';
    try {
      output = execFileSync('node_modules/.bin/cspell', ['--no-progress', '--no-summary', 'content/**/*.{md,mdx,yaml}'], {
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.trim()).toBe('');
  });
});
