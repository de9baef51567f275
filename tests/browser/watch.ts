import type { Page } from '@playwright/test';

export interface PageProblems {
  console: string[];
  failed: string[];
  foreign: string[];
  csp: string[];
}

/**
 * Records what must never happen on a page: console errors, failed requests, requests to another origin
 * and Content-Security-Policy violations (reported through the securitypolicyviolation event).
 */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { console: [], failed: [], foreign: [], csp: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (error) => problems.console.push(String(error)));
  page.on('requestfailed', (req) => problems.failed.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().includes('/no-such-page/'))
      problems.failed.push(`${res.status()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreign.push(req.url());
  });
  await page.exposeFunction('__bgCspViolation', (text: string) => problems.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __bgCspViolation: (t: string) => void }).__bgCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return problems;
}

/** Console errors and uncaught exceptions only, for specs that check behaviour rather than the whole page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
