import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '/work/wt-search/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto('http://localhost:4371/search/');
const out = await page.evaluate(async (terms) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ noWorker: true });
  await pf.init();
  const res = {};
  for (const t of terms) {
    const r = await pf.search(t);
    const d = r.results[0] ? await r.results[0].data() : null;
    res[t] = [r.results.length, r.results[0]?.score, d && (d.excerpt.match(/<mark>[^<]*<\/mark>/g) || []).slice(0, 4).join(' ')];
  }
  return res;
}, process.argv.slice(2));
console.log(JSON.stringify(out));
await browser.close();
