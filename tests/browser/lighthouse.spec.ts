import { test, expect, chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumExecutable, CHROMIUM_ARGS } from './chromium.ts';

/**
 * Lighthouse 12 (mobile, its default) on one page of each kind. 100 is the aim; below 98 in any category fails.
 * Runs one page at a time in its own Chromium, as Lighthouse needs the whole browser to itself.
 */
const PAGES = {
  home: '/',
  guide: '/disputes/open-dispute/',
  checklist: '/checklists/open-dispute/',
  tool: '/tools/deadline/',
  search: '/search/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 98;

test.describe.configure({ mode: 'serial' });

for (const [kind, path] of Object.entries(PAGES)) {
  test(`Lighthouse: ${kind} scores at least ${MINIMUM} everywhere`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const port = 9300 + Object.keys(PAGES).indexOf(kind);
    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    });
    try {
      const result = await lighthouse(`${baseURL}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${a.id}: ${a.title}`);
      console.log(
        `${kind} ${path}`,
        JSON.stringify(scores),
        failing.length ? `\n  below 100: ${failing.join('\n  ')}` : '',
      );
      for (const c of CATEGORIES) expect(scores[c], `${kind} ${c}`).toBeGreaterThanOrEqual(MINIMUM);
    } finally {
      await browser.close();
    }
  });
}
