// What every Chromium run of this project shares — Playwright specs (through tests/browser/fixtures.ts), the
// benchmark (bench/search.mjs) and the screenshots (scripts/screenshots.mjs): the page list, the axe tags for
// WCAG 2.2 AA, and the error watcher. Plain JavaScript so the .mjs scripts can import it too.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The axe-core tags that together make WCAG 2.2 level AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every built page's URL path, read from dist/ (or DIST_DIR) so new content is checked without touching tests. */
export function allPagePaths(dist = path.resolve(process.env.DIST_DIR ?? 'dist')) {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run npm run build first`);
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** One page of each type, for the checks that look at layout rather than every word (and for screenshots). */
export const PAGE_TYPES = {
  home: '/',
  section: '/disputes/',
  guide: '/disputes/open-dispute/',
  'guide with checklist': '/problems/delivery-delay/',
  faq: '/faq/',
  'faq entry': '/faq/what-is-dispute/',
  checklists: '/checklists/',
  checklist: '/checklists/open-dispute/',
  glossary: '/glossary/',
  about: '/about/',
  facts: '/about/facts/',
  search: '/search/',
  deadline: '/tools/deadline/',
  message: '/tools/message/',
  triage: '/tools/triage/',
  updates: '/updates/',
  404: '/no-such-page/',
};

/** The one address that is meant to answer 404. */
const EXPECTED_404 = /\/no-such-page\/$/;

/**
 * @typedef {{ console: string[], failed: string[], foreign: string[], csp: string[], dialogs: string[] }} PageProblems
 */

/**
 * Records, on every page of a browser context (those open now and those opened later), what must never happen:
 * console errors and uncaught exceptions, unexpected alert/confirm dialogs, failed requests and error responses
 * from our origin, any request to another origin, and Content-Security-Policy violations.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ origin: string, ignore?: RegExp }} options `ignore`: console lines and failures a test expects
 * @returns {Promise<PageProblems>}
 */
export async function watchContext(context, { origin, ignore }) {
  /** @type {PageProblems} */
  const problems = { console: [], failed: [], foreign: [], csp: [], dialogs: [] };
  const expected = (/** @type {string} */ text) => ignore?.test(text) ?? false;
  const ours = (/** @type {string} */ url) => new URL(url).origin === origin;
  /** @param {import('@playwright/test').Page} page */
  const onPage = (page) => {
    page.on('console', (m) => {
      if (m.type() !== 'error' || expected(m.text())) return;
      // The 404 page answers with status 404, which Chromium reports in the console.
      if (EXPECTED_404.test(m.location().url ?? '') && /status of 404/.test(m.text())) return;
      problems.console.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (!expected(e.message)) problems.console.push(`${page.url()}: ${e.message}`);
    });
    page.on('dialog', (d) => {
      problems.dialogs.push(`${page.url()}: unexpected ${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // ERR_ABORTED is a request the page itself gave up (it navigated on before the favicon came): not a failure.
    if (error === 'net::ERR_ABORTED') return;
    const text = `${req.url()} ${error}`;
    if (ours(req.url()) && !expected(text)) problems.failed.push(text);
  });
  context.on('response', (res) => {
    if (res.status() >= 400 && ours(res.url()) && !EXPECTED_404.test(res.url()) && !expected(res.url()))
      problems.failed.push(`${res.status()} ${res.url()}`);
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreign.push(req.url());
  });
  await context.exposeBinding('__bgCspViolation', (_source, /** @type {string} */ text) => problems.csp.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      /** @type {any} */ (window).__bgCspViolation(
        `${e.violatedDirective} ${e.blockedURI || 'inline'} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return problems;
}

/** Every recorded problem as one line each, empty when the pages were clean. */
export function problemLines(/** @type {PageProblems} */ problems) {
  return Object.entries(problems).flatMap(([kind, list]) => list.map((line) => `${kind}: ${line}`));
}
