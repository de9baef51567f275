// Search benchmark for the built site: what a guide page costs before search is wanted, what the first query
// fetches, how long the first results take on a cold page and how long a query takes once everything is loaded.
// Measured in Chromium through Playwright against a server that is already serving the build (see the CLI at the
// bottom to run it alone). Returns a plain object; timings are in milliseconds, sizes in bytes.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { problemLines, watchContext } from '../tests/browser/fixtures-core.mjs';

/** Queries for the warm median: typical, inflected, one-word, misspelt and whole questions, none repeated. */
export const WARM_QUERIES = [
  'вернуть деньги',
  'продавец не отвечает',
  'диспут',
  'трек не обновляется',
  'пустая посылка',
  'таможня',
  'чарджбэк',
  'роспотребнадзор',
  'как позвонить в поддержку',
  'продлить защиту',
  'не могу оставить отзыв',
  'оплата не проходит',
  'деньги не вернули',
  'сломанный товар',
  'пасылка патерялась',
  // Whole questions, slang, typos and the wrong layout: the relaxed search with its per-word searches.
  'посылка вручена но я не получал',
  'подать в суд на продавца из китая',
  'продовец не атвечает',
  'сколько идет посылка из китая',
  'gjlndthlbk gjkextybt',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

/** Counts every response body while `phase` is set, as served and as a gzipping host would send it. */
function trackBytes(page) {
  const totals = {};
  let phase = null;
  page.on('response', async (response) => {
    const current = phase;
    if (!current) return;
    const body = await response.body().catch(() => null);
    if (!body) return;
    const path = new URL(response.url()).pathname;
    const bucket = (totals[current] ??= { requests: 0, bytes: 0, gzipBytes: 0, search: 0, kinds: {} });
    bucket.requests += 1;
    bucket.bytes += body.length;
    // Pagefind's index files are gzip already; a host sends them as they are.
    const gz = /\.pf_|\.pagefind$/.test(path) ? body.length : gzipSync(body, { level: 6 }).length;
    bucket.gzipBytes += gz;
    if (path.startsWith('/pagefind/') || /search-(dialog|engine|runner|render)/.test(path)) bucket.search += gz;
    const kind = path.includes('/fragment/')
      ? 'fragments'
      : path.includes('/index/')
        ? 'index'
        : path.endsWith('.pagefind')
          ? 'wasm'
          : path.endsWith('.js')
            ? 'js'
            : 'other';
    bucket.kinds[kind] = (bucket.kinds[kind] ?? 0) + gz;
  });
  return {
    set(name) {
      phase = name;
    },
    get: (name) => totals[name] ?? { requests: 0, bytes: 0, gzipBytes: 0, search: 0, kinds: {} },
  };
}

/** In the page: time from the next `input` event on the dialog's field to the dialog answering that query. */
function timeNextQuery(page, query) {
  return page.evaluate(
    (q) =>
      new Promise((resolve, reject) => {
        const dialog = document.querySelector('dialog.search-dialog');
        const input = dialog?.querySelector('input[role="combobox"]');
        if (!dialog || !input) return reject(new Error('search dialog is not open'));
        let start = 0;
        input.addEventListener('input', () => (start = performance.now()), { once: true, capture: true });
        const observer = new MutationObserver(() => {
          if (dialog.dataset.query !== q || !start) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(dialog, { attributes: true, attributeFilter: ['data-query'] });
        setTimeout(() => reject(new Error(`no results for «${q}» within 10 s`)), 10_000);
      }),
    query,
  );
}

/**
 * @param {{ baseURL: string, executablePath?: string, args?: string[], guidePath?: string, firstQuery?: string }} options
 */
export async function measureSearch({
  baseURL,
  executablePath,
  args = [],
  guidePath = '/disputes/open-dispute/',
  firstQuery = 'посылка не пришла',
}) {
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    // The tests' error watcher: timings of a page that logs errors or fails requests would measure a broken page.
    const problems = await watchContext(context, { origin: new URL(baseURL).origin });
    const page = await context.newPage();
    const bytes = trackBytes(page);

    // 1. A guide page, loaded and idle, nobody touching search.
    bytes.set('load');
    await page.goto(new URL(guidePath, baseURL).href, { waitUntil: 'networkidle' });
    bytes.set(null);

    // 2. Cold: the shortcut opens the dialog and the query is typed straight away (no hover preloaded anything).
    bytes.set('firstQuery');
    const shortcutAt = Date.now();
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    const cold = timeNextQuery(page, firstQuery);
    await page.fill('dialog.search-dialog input[role="combobox"]', firstQuery);
    const coldMs = await cold;
    const coldFromShortcutMs = Date.now() - shortcutAt;
    await page.waitForLoadState('networkidle');
    bytes.set(null);
    const firstResults = await page.$$eval('dialog.search-dialog [role="option"]', (o) => o.length);

    // 3. Warm: every further query, one at a time, after the throttle window has passed.
    const warm = [];
    for (const q of WARM_QUERIES) {
      await page.waitForTimeout(120);
      const t = timeNextQuery(page, q);
      await page.fill('dialog.search-dialog input[role="combobox"]', q);
      warm.push(await t);
    }

    const broken = problemLines(problems);
    if (broken.length) throw new Error(`search benchmark: problems on the page\n${broken.join('\n')}`);
    const load = bytes.get('load');
    const first = bytes.get('firstQuery');
    return {
      page: guidePath,
      beforeSearchOpens: {
        requests: load.requests,
        bytes: load.bytes,
        gzipBytes: load.gzipBytes,
        searchBytes: load.search,
      },
      firstQuery: {
        query: firstQuery,
        results: firstResults,
        requests: first.requests,
        bytes: first.bytes,
        gzipBytes: first.gzipBytes,
        /** gzip bytes by kind: js (dialog chunk, pagefind.js), wasm, index chunks, fragments, other (JSON). */
        gzipByKind: first.kinds,
      },
      coldFirstResultsMs: round(coldMs),
      coldFromShortcutMs,
      warmMedianMs: round(median(warm)),
      warmMaxMs: round(Math.max(...warm)),
      warmQueries: warm.length,
    };
  } finally {
    await browser.close();
  }
}

// `node bench/search.mjs [dist]`: serves the build on a free port, measures, prints JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { withServedDist } = await import('./serve-dist.mjs');
  const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
  const result = await withServedDist(dist, Number(process.env.PORT ?? 4499), (baseURL) =>
    measureSearch({ baseURL, executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }),
  );
  console.log(JSON.stringify(result, null, 2));
}
