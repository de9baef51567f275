import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '/work/wt-search/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto('http://localhost:4371/search/');
const terms = process.argv.slice(2);
const out = await page.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: { pageLength: 0.5, metaWeights: { title: 5, aliases: 8 } }, noWorker: true });
  await pf.init();
  const res = {};
  for (const t of terms) {
    const r = await pf.search(t);
    const top = await Promise.all(r.results.slice(0, 3).map(async (h) => [(await h.data()).url, Math.round(h.score * 100) / 100]));
    res[t] = { n: r.results.length, top };
  }
  return res;
}, terms);
console.log(JSON.stringify(out, null, 1));
await browser.close();
