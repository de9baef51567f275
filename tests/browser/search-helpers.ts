import { expect, type Page } from '@playwright/test';

/**
 * Records what must never happen on a page: console errors, uncaught exceptions and Content-Security-Policy
 * violations (heard through the `securitypolicyviolation` event, which names the blocked directive).
 */
export async function watchProblems(page: Page): Promise<() => Promise<void>> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => {
    const csp = page.isClosed()
      ? []
      : await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
    expect([...problems, ...csp.map((v) => `csp: ${v}`)]).toEqual([]);
  };
}

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
