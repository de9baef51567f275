import type { Page } from '@playwright/test';

/** Waits until /search/ shows the answer to `query` in `scope` (the page element records what it last answered). */
export async function waitForPageResults(page: Page, query: string, scope = ''): Promise<void> {
  await page.waitForFunction(
    ([q, s]) => {
      const el = document.querySelector<HTMLElement>('bg-search-page');
      return el?.dataset.query === q && (el.dataset.scope ?? '') === s;
    },
    [query, scope] as const,
  );
}

/** The addresses of the first `n` results on /search/. */
export async function pageResultUrls(page: Page, n = 3): Promise<string[]> {
  return page.$$eval(
    '[data-search-results] > li h2 a',
    (links, count) => links.slice(0, count).map((a) => a.getAttribute('href') ?? ''),
    n,
  );
}
