import { expect, test } from './fixtures.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NO_ANSWER_QUERIES, SEARCH_CASES } from './search-queries.ts';
import { pageResultUrls, waitForPageResults } from './search-helpers.ts';

/**
 * Search quality on the built index: realistic queries (whole questions, inflected, slang, misspelt, typed in the
 * wrong keyboard layout) must find an expected page among the first three results for at least 95 % of them, and
 * no on-topic query may find nothing. Misses are printed with what was found, so a failing run says which
 * aliases, synonyms or stop words to look at. The same figures are measured by `npm run bench`.
 */
const TOP3_SHARE = 0.95;

/** `npm run bench` sets this to collect the figures (top-1, top-3, zero results) into its report. */
const FIGURES = process.env.SEARCH_QUALITY_JSON;
function record(key: string, value: unknown): void {
  if (!FIGURES) return;
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(FIGURES, 'utf8')) as Record<string, unknown>;
  } catch {
    // first figure of the run
  }
  mkdirSync(path.dirname(FIGURES), { recursive: true });
  writeFileSync(FIGURES, JSON.stringify({ ...all, [key]: value }, null, 2));
}

test('realistic Russian queries find the answer in the top 3', async ({ page }) => {
  test.setTimeout(300_000);
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(200);
  const questions = SEARCH_CASES.filter((c) => c.q.trim().split(/\s+/).length >= 5);
  expect(questions.length * 2, 'at least half of the queries are questions of 5+ words').toBeGreaterThanOrEqual(
    SEARCH_CASES.length,
  );
  for (const type of ['slang', 'misspelt', 'layout'] as const)
    expect(SEARCH_CASES.some((c) => c.type === type)).toBe(true);
  await page.goto('/search/');
  const input = page.getByLabel('Что случилось? Опишите своими словами');

  const misses: string[] = [];
  const zero: string[] = [];
  let top1 = 0;
  for (const c of SEARCH_CASES) {
    await input.fill(c.q);
    await waitForPageResults(page, c.q);
    const top = await pageResultUrls(page, 3);
    const rank = top.findIndex((url) => c.expect.includes(url));
    if (rank === 0) top1 += 1;
    if (!top.length) zero.push(c.q);
    if (rank < 0)
      misses.push(`«${c.q}» (${c.type}): expected ${c.expect.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }
  const n = SEARCH_CASES.length;
  const share = (n - misses.length) / n;
  console.log(
    `search quality: top-1 ${top1}/${n}, top-3 ${n - misses.length}/${n} (${(share * 100).toFixed(1)} %), zero results ${zero.length}`,
  );
  console.log(misses.length ? `misses:\n  ${misses.join('\n  ')}` : 'misses: none');
  record('onTopic', {
    queries: n,
    questions: questions.length,
    top1,
    top3: n - misses.length,
    zeroResults: zero.length,
    misses,
  });
  expect(zero, 'on-topic queries with no result at all').toEqual([]);
  expect(share, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP3_SHARE);
});

test('queries with no answer on the site say so and offer the triage tool and the sections', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByLabel('Что случилось? Опишите своими словами');
  const found: string[] = [];
  const counts: Record<string, number> = {};
  const empties: string[] = [];
  for (const q of NO_ANSWER_QUERIES) {
    await input.fill(q);
    await waitForPageResults(page, q);
    const urls = await pageResultUrls(page, 10);
    counts[q] = urls.length;
    if (urls.length) found.push(`«${q}»: ${urls.slice(0, 3).join(', ')}`);
    else empties.push(q);
  }
  record('noAnswer', { queries: NO_ANSWER_QUERIES.length, withResults: found.length, counts });
  expect(found, 'nonsense and off-topic queries must not look like answers').toEqual([]);
  // What an empty answer looks like: the status in words, the triage tool and every section.
  for (const q of empties) {
    await input.fill(q);
    await waitForPageResults(page, q);
    await expect(page.getByRole('status')).toHaveText('Ничего не нашлось');
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.locator('a[href="/tools/triage/"]')).toBeVisible();
    for (const section of ['contact', 'prepare', 'disputes', 'escalation', 'problems'])
      await expect(empty.locator(`a[href="/${section}/"]`)).toBeVisible();
  }
});
