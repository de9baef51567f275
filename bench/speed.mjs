// Lighthouse (mobile, performance only) on one page of each kind: the performance score (target ≥ 98), speed index,
// first and largest contentful paint, layout shift. Timing figures belong here, not in the test suite: a busy
// machine lowers them. Used by bench/run.mjs; standalone: `node bench/speed.mjs [dist]` (serves dist/ on PORT or
// 4398, 3 runs per page, median).
import { withServedDist } from './serve-dist.mjs';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumExecutable, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function lighthouseOnce(url, debugPort) {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
  });
  try {
    const result = await lighthouse(url, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const a = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      speedIndexMs: Math.round(a['speed-index'].numericValue),
      fcpMs: Math.round(a['first-contentful-paint'].numericValue),
      lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
      layoutShift: Math.round(a['cumulative-layout-shift'].numericValue * 1000) / 1000,
    };
  } finally {
    await browser.close();
  }
}

export const SPEED_PAGES = {
  home: '/',
  guide: '/disputes/open-dispute/',
  checklist: '/checklists/open-dispute/',
  tool: '/tools/deadline/',
  search: '/search/',
};

export async function measureSpeed(dist, { runs = 3, port = 4398, pages = SPEED_PAGES } = {}) {
  return withServedDist(dist, port, async (baseURL) => {
    const rows = [];
    for (const [kind, path] of Object.entries(pages)) {
      const samples = [];
      for (let r = 0; r < runs; r++) samples.push(await lighthouseOnce(`${baseURL}${path}`, 9390 + r));
      rows.push({
        kind,
        page: path,
        runs,
        score: median(samples.map((s) => s.score)),
        speedIndexMs: median(samples.map((s) => s.speedIndexMs)),
        fcpMs: median(samples.map((s) => s.fcpMs)),
        lcpMs: median(samples.map((s) => s.lcpMs)),
        layoutShift: median(samples.map((s) => s.layoutShift)),
      });
    }
    return rows;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await measureSpeed(process.argv[2] ?? 'dist', { port: Number(process.env.PORT ?? 4398) }));
}
