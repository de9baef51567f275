import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { writeServiceWorker } from '../../src/features/offline/integration.ts';

/**
 * Offline mode (issue 17): one online visit, then context.setOffline(true). Each test runs in a fresh browser
 * context, so each starts without a service worker. The notice «Нет связи…» appears only when the worker
 * answered from a cache, and an unread guide must give the offline page: so the tests fail if the worker
 * could still reach the network.
 */
// Offline, the browser logs (and fails) the network attempt the worker makes before it answers from its cache.
const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to load resource|FetchEvent/;
test.use({ watch: { enabled: true, ignore: OFFLINE_NOISE } });

const NOTICE = 'Нет связи: вы читаете копию, сохранённую на этом устройстве';

/** Opens a page online and waits until the worker is active and controls it (its precache is then complete). */
async function visitOnline(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether any cache of this origin holds a copy of the path. */
const inCache = (page: Page, p: string) =>
  page.evaluate(async (p) => {
    for (const name of await caches.keys()) {
      if (await (await caches.open(name)).match(p, { ignoreSearch: true, ignoreVary: true })) return true;
    }
    return false;
  }, p);

test('a checklist opens offline, ticks work and persist', async ({ page, context }) => {
  await visitOnline(page, '/disputes/open-dispute/');
  await context.setOffline(true);
  await page.goto('/checklists/parcel-arrived/');
  const list = page.locator('bg-checklist[data-ready]').first();
  await expect(list).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  const first = page.getByRole('checkbox').first();
  await first.check();
  await expect(list.locator('[data-cl-progress]')).toContainText('Выполнено 1 из');
  await page.reload();
  await expect(page.locator('bg-checklist[data-ready]').first()).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  const stored = await page.evaluate(() => localStorage.getItem('bg:v1:checklist:parcel-arrived'));
  expect(stored).toBeTruthy();
});

test('each tool works offline', async ({ page, context }) => {
  await visitOnline(page, '/');
  await context.setOffline(true);

  await page.goto('/tools/deadline/?left=30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Калькулятор сроков');
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await expect(page.locator('[data-out="days-left"]')).toHaveText('осталось 30\u00a0дней');
  await page.getByLabel('Дней на таймере защиты').fill('12');
  await page.getByLabel('Дней на таймере защиты').press('Enter');
  await expect(page.locator('[data-out="days-left"]')).toHaveText('осталось 12\u00a0дней');

  await page.goto('/tools/message/');
  await page.getByLabel('Номер заказа').fill('8123 4567 8901 2345');
  await expect(page.locator('[data-mb-preview]')).toContainText('8123456789012345');

  await page.goto('/tools/triage/');
  await page.getByRole('link', { name: 'Посылка пришла, но что-то не так' }).click();
  await expect(page).toHaveURL(/\/tools\/triage\/\?a=arrived$/);
  await expect(page.getByRole('link', { name: 'Товар или упаковка повреждены' })).toBeVisible();
});

test('a guide read online opens offline as a marked copy with its «Обновлено» date', async ({ page, context }) => {
  // The landing page is kept too: the worker copies the open guide when it activates.
  await visitOnline(page, '/problems/damaged/');
  await visitOnline(page, '/faq/what-is-dispute/');
  await expect.poll(() => inCache(page, '/problems/damaged/')).toBe(true);
  const updated = await page.goto('/problems/damaged/').then(() => page.locator('time[data-updated]').textContent());

  // Only this origin's GET responses are stored.
  const stored = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });
  expect(stored.length).toBeGreaterThan(20);
  expect(stored.filter((u) => new URL(u).origin !== new URL(page.url()).origin)).toEqual([]);

  await context.setOffline(true);
  await page.goto('/problems/damaged/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Товар пришёл повреждённым');
  const notice = page.getByRole('status').filter({ hasText: NOTICE });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Обновлено: ${updated}.`);
  await page.goto('/faq/what-is-dispute/');
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
});

test('an unread guide offline gives the offline page, naming it and listing what is available', async ({
  page,
  context,
}) => {
  await visitOnline(page, '/');
  await page.goto('/disputes/open-dispute/');
  await context.setOffline(true);
  await page.goto('/problems/customs/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Работа без сети');
  await expect(page.getByText('эта страница на этом устройстве не сохранена')).toBeVisible();
  await expect(page.locator('[data-offline-missed-name]')).toHaveText(/^«.+»$/);
  await expect(page.locator('main').getByRole('link', { name: 'Калькулятор сроков' })).toBeVisible();
  const checklists = page.locator('section[aria-labelledby="offline-checklists"] a');
  await expect(checklists).toHaveCount(6);
  // The guide read before is listed under its section.
  const saved = page.locator('bg-offline-list');
  await expect(saved.getByRole('heading', { level: 3 })).toHaveText(['Споры и возврат денег']);
  await expect(saved.getByRole('link')).toHaveText(['Как открыть спор: пошагово']);
  await saved.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Как открыть спор: пошагово');
});

test('«Сохранить для работы без сети» stores the guide and the guides of «Если не помогло»', async ({
  page,
  context,
}) => {
  await visitOnline(page, '/');
  await page.goto('/disputes/escalate/');
  const save = page.getByRole('button', { name: 'Сохранить для работы без сети' });
  await expect(save).toBeVisible();
  const links = await page
    .locator('#если-не-помогло ~ *')
    .evaluateAll((els) =>
      els.flatMap((el) => [...el.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!)),
    );
  expect(links).toContain('/escalation/claim/');
  await save.click();
  await expect(page.locator('[data-save-status]')).toContainText('Готово: статья и ещё');
  await context.setOffline(true);
  await page.goto('/escalation/claim/');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Работа без сети');
  await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await page.goto('/disputes/escalate/');
  await expect(page.locator('[data-save-status]')).toContainText('уже сохранена');
});

test('without JavaScript the save control is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/disputes/escalate/');
  await expect(page.locator('bg-offline-save')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Сохранить для работы без сети' })).toBeHidden();
  await context.close();
});

test('search offline: says so plainly without its files, works for what was searched before', async ({
  page,
  context,
}) => {
  const dialog = page.getByRole('dialog');
  const search = async (query: string) => {
    await page.keyboard.press('Control+k');
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.type(query);
  };
  await visitOnline(page, '/');
  await context.setOffline(true);
  await page.goto('/glossary/');
  await search('таможня');
  await expect(dialog).toContainText('Нет связи, а поиск ещё не сохранён на этом устройстве');

  await context.setOffline(false);
  await page.goto('/glossary/');
  await search('таможня');
  // The first search loads Pagefind and its WebAssembly: slow on a busy machine.
  await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
  const online = await dialog.getByRole('option').allTextContents();

  await context.setOffline(true);
  await page.goto('/');
  await search('таможня');
  await expect(dialog.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
  expect(await dialog.getByRole('option').allTextContents()).toEqual(online);
});

test.describe('update path', () => {
  const port = Number(process.env.PORT ?? 4321) + 1;
  test.use({ watch: { enabled: true, ignore: OFFLINE_NOISE, origin: `http://localhost:${port}` } });
  let dir = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bg-offline-'));
    cpSync(path.resolve(process.env.DIST_DIR ?? 'dist'), dir, { recursive: true });
    server = spawn('node', ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: String(port), DIST_DIR: dir },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`http://localhost:${port}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the second server did not start');
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a rebuilt site is picked up online and replaces the offline copy', async ({ page, context }) => {
    test.setTimeout(120_000);
    const origin = `http://localhost:${port}`;
    await visitOnline(page, `${origin}/`);
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(before).toBe(`${origin}/sw.js`);

    // A new version: the home page's heading changes and the build step writes a new worker for it.
    const home = path.join(dir, 'index.html');
    const oldHome = readFileSync(home, 'utf8');
    const newHome = oldHome.replace(/(<h1\b[^>]*>)[^<]*/, '$1Новая версия сайта');
    expect(newHome).not.toBe(oldHome);
    writeFileSync(home, newHome);
    await writeServiceWorker(dir);

    await page.evaluate(() => {
      (window as unknown as { changed: Promise<void> }).changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    });
    // Online, HTML comes from the network: the new text at once.
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Новая версия сайта');
    await page.evaluate(() => {
      (window as unknown as { changed: Promise<void> }).changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    });
    // The navigation checked for a new worker; it installs, takes over, and its precache has the new page.
    await page.evaluate(() => (window as unknown as { changed: Promise<void> }).changed);
    await context.setOffline(true);
    await page.goto(`${origin}/`);
    await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Новая версия сайта');
  });
});
