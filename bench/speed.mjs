// Lighthouse (mobile, performance only) on the home page: speed index, first and largest contentful paint.
// Used by bench/run.mjs; standalone: `node bench/speed.mjs [dist]` (serves dist/ on PORT or 4398, 3 runs, median).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumExecutable, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureHomeSpeed(dist, { runs = 3, port = 4398, path = '/' } = {}) {
  const server = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), DIST_DIR: dist },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://localhost:${port}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const debugPort = 9390 + r;
      const browser = await chromium.launch({
        executablePath: chromiumExecutable(),
        args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
      });
      try {
        const result = await lighthouse(`http://localhost:${port}${path}`, {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const a = result.lhr.audits;
        samples.push({
          speedIndexMs: Math.round(a['speed-index'].numericValue),
          fcpMs: Math.round(a['first-contentful-paint'].numericValue),
          lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
        });
      } finally {
        await browser.close();
      }
    }
    return {
      page: path,
      runs,
      speedIndexMs: median(samples.map((s) => s.speedIndexMs)),
      fcpMs: median(samples.map((s) => s.fcpMs)),
      lcpMs: median(samples.map((s) => s.lcpMs)),
    };
  } finally {
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await measureHomeSpeed(process.argv[2] ?? 'dist', { port: Number(process.env.PORT ?? 4398) }));
}
