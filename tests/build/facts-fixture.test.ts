import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { buildFixture, prepareFixture } from './fixture-build.ts';
import { lastDayOf, rulesFrom } from '../../src/features/deadline/deadline.ts';

/**
 * Facts as data, end to end: a real `astro build` over the small fixture plus tests/fixtures/facts-overlay (a guide,
 * a FAQ answer, a checklist and a glossary term that state the dispute deadline through content/facts.yaml).
 * Changing the fact's value once must change every page that states it; a broken reference must fail the build
 * naming the file.
 */
async function build(
  change: (root: string) => void,
): Promise<{ ok: boolean; output: string; dist: string; work: string }> {
  const { work, root } = prepareFixture();
  cpSync('tests/fixtures/facts-overlay', root, { recursive: true });
  change(root);
  const { ok, output, outDir } = await buildFixture(work, root);
  return { ok, output, dist: outDir, work };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

const text = (dist: string, page: string) =>
  cheerio
    .load(readFileSync(path.join(dist, page, 'index.html'), 'utf8'))('main')
    .text()
    .replace(/\s+/g, ' ');

describe('one fact, every page', () => {
  it('changing the dispute deadline in facts.yaml changes the guide, FAQ, checklist, glossary, facts page, calculator and triage', async () => {
    const { ok, output, dist, work } = await build((root) =>
      edit(path.join(root, 'facts.yaml'), (t) =>
        t
          .replace(/(- id: dispute-after-confirm\n(?: {4}.*\n)*? {4}value: )15/, '$120')
          // An old check and a passed review date: the guide says so beside «Обновлено», the build warns.
          .replace(
            /(- id: urgent-days\n(?: {4}.*\n)*? {4}checked: )2026-12-01/,
            '$12024-01-15\n    reviewBy: 2025-01-15',
          ),
      ),
    );
    try {
      expect(ok, output).toBe(true);
      const pages = ['disputes/sample', 'faq/sample-question', 'checklists/sample', 'glossary'];
      for (const page of pages) {
        const words = text(dist, page);
        expect(words, page).toMatch(/20 дней/);
        expect(words, page).not.toMatch(/15 дней/);
      }
      const factsPage = cheerio.load(readFileSync(path.join(dist, 'about/facts/index.html'), 'utf8'));
      expect(factsPage('#dispute-after-confirm').text().replace(/\s+/g, ' ')).toMatch(
        /около 20 дней[\s\S]*в течение 20 дней/,
      );
      expect(factsPage('#dispute-after-confirm a[href="/disputes/sample/"]').length).toBe(1);
      // The hedge comes with the value where the fact has one, and the guide lists where the number comes from.
      expect(text(dist, 'disputes/sample')).toMatch(/остаётся около 20 дней/);
      expect(text(dist, 'disputes/sample')).toMatch(/Откуда эти цифры/);
      expect(text(dist, 'disputes/sample')).toMatch(/заказ на 2 000 ₽/);
      expect(text(dist, 'disputes/sample')).toMatch(
        /Обновлено: 25 ноября 2026 \(часть фактов сверена с источниками больше года назад, 15 января 2024\)/,
      );
      expect(output).toMatch(/facts\.yaml: urgent-days: review by 2025-01-15 has passed/);
      expect(output).not.toMatch(/facts\.yaml: dispute-after-confirm: review by/);
      const meta = cheerio.load(readFileSync(path.join(dist, 'faq/sample-question/index.html'), 'utf8'));
      expect(meta('meta[name="description"]').attr('content')).toMatch(/20 дней/);

      // The calculator: the data its script computes from, the rule in words without JavaScript, its notes and the
      // worked example (confirmed on 1 November 2026 + 20 days = 21 November), all from the one fact.
      const deadline = cheerio.load(readFileSync(path.join(dist, 'tools/deadline/index.html'), 'utf8'));
      const data = JSON.parse(deadline('bg-deadline').attr('data-facts') ?? '{}') as Record<string, { value: unknown }>;
      expect(data['dispute-after-confirm']?.value).toBe(20);
      expect(data['urgent-days']?.value).toBe(7);
      // What the browser element computes from that data, with its own functions: confirmed on 1 November → 21st.
      const rules = rulesFrom(deadline('bg-deadline').attr('data-facts'));
      const confirmed = { y: 2026, m: 11, d: 1 };
      const last = lastDayOf({ mode: 'confirmed', confirmed }, new Date(2026, 10, 5, 10), rules!);
      expect(last).toEqual({ y: 2026, m: 11, d: 21 });
      expect(deadline('noscript').text().replace(/\s+/g, ' ')).toMatch(/обычно остаётся около 20 дней/);
      const calculator = text(dist, 'tools/deadline');
      expect(calculator).toMatch(/обычно остаётся около 20 дней, поэтому калькулятор прибавляет 20 дней/);
      expect(calculator).toMatch(/Последний день для спора обычно — 21 ноября 2026/);
      expect(calculator).not.toMatch(/обычно остаётся около 15 дней|прибавляет 15 дней|— 16 ноября 2026/);

      // The triage: the hint after confirming receipt, in the tree its script walks.
      const triage = cheerio.load(readFileSync(path.join(dist, 'tools/triage/index.html'), 'utf8'));
      const tree = (triage('bg-triage').attr('data-tree') ?? '').replace(/\s+/g, ' ');
      expect(tree).toMatch(/на спор обычно остаётся около 20 дней/);
      expect(tree).not.toMatch(/обычно остаётся около 15 дней/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('an unknown fact in MDX, Markdown and a YAML field fails the build naming the files', async () => {
    const { ok, output, work } = await build((root) => {
      edit(path.join(root, 'checklists/sample.yaml'), (t) =>
        t.replace('{fact:dispute-after-confirm}', '{fact:no-such-fact}'),
      );
      edit(path.join(root, 'guides/disputes/sample.mdx'), (t) =>
        t.replace('<Fact id="urgent-days" bare />', '<Fact id="ghost-fact" />'),
      );
    });
    rmSync(work, { recursive: true, force: true });
    expect(ok).toBe(false);
    expect(output).toMatch(/no-such-fact|ghost-fact/);
    expect(output).toMatch(/checklists[\s\S]*sample|guides\/disputes\/sample\.mdx:\d+/);
  });

  it('a fact without a source or check date fails the build naming the fact', async () => {
    const { ok, output, work } = await build((root) =>
      edit(path.join(root, 'facts.yaml'), (t) =>
        t
          .replace(/(- id: urgent-days\n(?: {4}.*\n)*?) {4}sources:\n(?: {6}.*\n)+/, '$1')
          .replace(/(- id: unwanted-days\n(?: {4}.*\n)*?) {4}checked: .*\n/, '$1'),
      ),
    );
    rmSync(work, { recursive: true, force: true });
    expect(ok).toBe(false);
    expect(output).toMatch(/facts\.yaml: fact «urgent-days»: sources/);
    expect(output).toMatch(/facts\.yaml: fact «unwanted-days»: checked/);
  });
});
