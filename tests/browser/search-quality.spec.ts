import { expect, test } from '@playwright/test';
import { SEARCH_CASES } from './search-queries.ts';
import { pageResultUrls, waitForPageResults, watchProblems } from './search-helpers.ts';

/**
 * Search quality on the built index: realistic queries (inflected, colloquial, one word, misspelt) must find an
 * expected page among the first three results for at least 90 % of them. Misses are printed with what was found,
 * so a failing run says which aliases or weights to look at.
 */
test('realistic Russian queries find the answer in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(SEARCH_CASES.map((c) => c.type))).toEqual(
    new Set(['inflected', 'colloquial', 'one-word', 'misspelt']),
  );
  const assertClean = await watchProblems(page);
  await page.goto('/search/');
  const input = page.getByLabel('Что случилось? Опишите своими словами');

  const misses: string[] = [];
  const rows: string[] = [];
  for (const c of SEARCH_CASES) {
    await input.fill(c.q);
    await waitForPageResults(page, c.q);
    const top = await pageResultUrls(page, 3);
    const rank = top.findIndex((url) => c.expect.includes(url));
    rows.push(`${rank < 0 ? 'miss' : `#${rank + 1}  `} [${c.type}] ${c.q}`);
    if (rank < 0)
      misses.push(`«${c.q}» (${c.type}): expected ${c.expect.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }
  const share = (SEARCH_CASES.length - misses.length) / SEARCH_CASES.length;
  console.log(
    `search quality: ${SEARCH_CASES.length - misses.length}/${SEARCH_CASES.length} in the top 3 (${(share * 100).toFixed(1)} %)`,
  );
  console.log(misses.length ? `misses:\n  ${misses.join('\n  ')}` : 'misses: none');
  test.info().annotations.push({ type: 'search quality', description: rows.join('\n') });
  expect(share, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  await assertClean();
});
