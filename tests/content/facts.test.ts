/**
 * Facts as data (issue 18): content/facts.yaml is complete enough, every reference to it resolves, content uses it
 * instead of copying numbers, and no day count, amount, percentage or law article is written into prose directly.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { facts } from '../../src/lib/facts.ts';
import { factUses } from '../../src/lib/fact-usage.ts';
import { strayNumbers } from './stray-numbers.ts';

const ROOT = 'content';
const book = facts();

function contentFiles(): string[] {
  return readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(ROOT, f).split(path.sep).join('/'))
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
    .sort();
}
/** The facts file states the facts; the vocabulary names banned words. Neither is prose to check. */
const PROSE = contentFiles().filter((f) => f !== `${ROOT}/facts.yaml` && f !== `${ROOT}/terms.yaml`);

describe('content/facts.yaml', () => {
  it('holds at least 40 facts, each with a source and a check date', () => {
    expect(book.facts.length).toBeGreaterThanOrEqual(40);
    for (const f of book.facts) {
      expect(f.sources.length, `${f.id}: sources`).toBeGreaterThan(0);
      expect(f.checked, `${f.id}: checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps the urgency threshold at 7 days, once', () => {
    expect(book.byId.get('urgent-days')?.value).toBe(7);
  });

  it('only cites URLs given in the fact sheet', () => {
    const allowed = /^https:\/\/(?:kommersant\.ru\/doc\/8313158|interfax\.ru\/russia\/1077441|interfax\.ru\/world\/1067139|tass\.ru\/obschestvo\/25170109)$/;
    const urls = book.facts.flatMap((f) => f.sources.flatMap((s) => (s.url ? [`${f.id}: ${s.url}`] : [])));
    expect(urls.filter((u) => !allowed.test(u.split(': ')[1]!))).toEqual([]);
  });
});

describe('references to facts', () => {
  it('every <Fact id>, {fact:…} and {value:…} names a fact that exists (file:line)', () => {
    const bad: string[] = [];
    for (const file of PROSE) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const ids = [
            ...[...line.matchAll(/\{(?:fact|value):([^}]*)\}/g)].map((m) => m[1]!),
            ...[...line.matchAll(/<Fact\b[^>]*?\bid=["']([^"']*)["']/g)].map((m) => m[1]!),
          ];
          for (const id of ids) if (!book.byId.has(id)) bad.push(`${file}:${i + 1}: нет факта «${id}»`);
          if (/<Fact\b(?![^>]*\bid=)/.test(line)) bad.push(`${file}:${i + 1}: <Fact> без id`);
        });
    }
    expect(bad.join('\n')).toBe('');
  });

  it('content uses the facts at least 100 times', () => {
    const total = [...factUses(ROOT).values()].flat().reduce((n, u) => n + u.count, 0);
    expect(total).toBeGreaterThanOrEqual(100);
  });

  it('the dispute deadline after confirming receipt reaches guides, FAQ, checklists and the glossary', () => {
    const files = (factUses(ROOT).get('dispute-after-confirm') ?? []).map((u) => u.file);
    expect(files.some((f) => f.startsWith('content/guides/'))).toBe(true);
    expect(files.some((f) => f.startsWith('content/faq/'))).toBe(true);
    expect(files.some((f) => f.startsWith('content/checklists/'))).toBe(true);
    expect(files).toContain('content/glossary.yaml');
  });
});

describe('no stray numbers in prose', () => {
  it('finds a planted «через 15 дней» and a law article, and lets facts, examples, sources and comments through', () => {
    const mdx = strayNumbers(readFileSync('tests/fixtures/facts/stray.mdx', 'utf8'));
    expect(mdx).toEqual([{ line: 7, kind: 'срок', found: '15 дней' }]);
    const yaml = strayNumbers(readFileSync('tests/fixtures/facts/stray.yaml', 'utf8'));
    expect(yaml).toEqual([{ line: 3, kind: 'статья закона', found: 'ст. 18' }]);
  });

  it('recognises every kind: days, ranges, ordinals, months, ₽, €, %, «статья 26.1»', () => {
    const found = strayNumbers(
      [
        'через 10 рабочих дней',
        'за 3–20 рабочих дней',
        'с 16-го дня',
        'в течение 3 месяцев',
        'до 100 000 ₽',
        'лимит 200 €',
        'штраф 50 %',
        'статья 26.1 закона',
        'в 2019 году',
      ].join('\n'),
    ).map((h) => `${h.line}:${h.kind}`);
    expect(found).toEqual(['1:срок', '2:срок', '3:срок', '4:срок', '5:сумма', '6:сумма', '7:процент', '8:статья закона']);
  });

  /**
   * Files allowed to keep stray numbers while they wait for conversion: none. The tools' texts (calculator notes,
   * message builder notes, triage hints and the letters) now state every number through the facts. A file added here
   * must have stray numbers (the next test), so the list can only shrink.
   */
  const PENDING: Record<string, string> = {};

  it('no day count, amount, percentage or law article is written directly in content/ (file:line)', () => {
    const hits = PROSE.filter((file) => !(file in PENDING)).flatMap((file) =>
      strayNumbers(readFileSync(file, 'utf8')).map((h) => `${file}:${h.line}: ${h.kind} «${h.found}»`),
    );
    expect(hits.join('\n')).toBe('');
  });

  it('every file still waiting for conversion really has stray numbers (a clean one leaves the list)', () => {
    const clean = Object.keys(PENDING).filter((file) => strayNumbers(readFileSync(file, 'utf8')).length === 0);
    expect(clean).toEqual([]);
  });
});
