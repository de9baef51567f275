#!/usr/bin/env node
// npm run screenshots: every page type at 360 px light and 1280 px dark (plus print), into screenshots/
// (git-ignored), from the last build in dist/. Look at them after any change to layout or styles.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './chromium.mjs';
import { PAGE_TYPES, problemLines, watchContext } from '../tests/browser/fixtures-core.mjs';

/** The tests' page types, with the tools and search shown in use. */
const PAGES = {
  ...PAGE_TYPES,
  deadline: '/tools/deadline/?until=2026-12-05',
  search: '/search/?q=посылка не пришла',
};
const VIEWS = [
  { name: '360-light', width: 360, height: 780, colorScheme: 'light', media: 'screen' },
  { name: '1280-dark', width: 1280, height: 900, colorScheme: 'dark', media: 'screen' },
  { name: 'print', width: 800, height: 1100, colorScheme: 'light', media: 'print' },
];

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4398);
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const view of VIEWS) {
    const context = await browser.newContext({
      viewport: { width: view.width, height: view.height },
      colorScheme: view.colorScheme,
      locale: 'ru-RU',
    });
    const problems = await watchContext(context, { origin: `http://localhost:${port}` });
    const page = await context.newPage();
    await page.emulateMedia({ media: view.media });
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`http://localhost:${port}${encodeURI(path)}`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `screenshots/${name.replace(/\s+/g, '-')}-${view.name}.png`, fullPage: true });
    }
    await context.close();
    // A screenshot of a page with errors looks fine and hides them: say so.
    const broken = problemLines(problems);
    if (broken.length) {
      console.error(`problems on the pages (${view.name}):\n${broken.join('\n')}`);
      process.exitCode = 1;
    }
  }
  console.log(`screenshots/: ${Object.keys(PAGES).length * VIEWS.length} images`);
} finally {
  await browser.close();
  server.kill();
}
