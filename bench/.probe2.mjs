import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '/work/wt-search/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto('http://localhost:4371/search/');
const terms = process.argv.slice(2);
const out = await page.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ noWorker: true });
  await pf.init();
  const res = {};
  for (const t of terms) {
    const r = await pf.search(t, { verbose: true });
    const h = r.results[0];
    res[t] = { n: r.results.length, keys: Object.keys(r), scores: h?.scores?.slice(0,3), ws: h?.weighted_locations?.slice?.(0,3), top: h && Object.keys(h), extra: Object.keys(r).filter(k=>!['results','filters','totalFilters','timings','unfilteredResultCount'].includes(k)).map(k=>[k, JSON.stringify(r[k]).slice(0,300)]) };
  }
  return res;
}, terms);
console.log(JSON.stringify(out, null, 1));
await browser.close();
