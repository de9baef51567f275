import type { Page } from '@playwright/test';
import { axe, expect, test, violationLines } from './fixtures.ts';
import { resultCountRu } from '../../src/features/search/search-count.ts';
import { t } from '../support/content.ts';
import { pageResultUrls, waitForPageResults } from './search-helpers.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: t('searchUi.dialogLabel') });
const combobox = (page: Page) => dialog(page).getByRole('combobox');
const options = (page: Page) => dialog(page).getByRole('option');
const status = (page: Page) => dialog(page).getByRole('status');
const COUNT = /^\d+\u00a0результат(а|ов)?(, показаны первые \d+)?$/;

test.describe('search loads on intent', () => {
  test('a guide page fetches nothing of search until the reader reaches for it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/disputes/open-dispute/');
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((p) => p.startsWith('/pagefind/') || /search-(dialog|engine|runner|render)/.test(p)),
    ).toEqual([]);

    const pagefindLoaded = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.getByRole('banner').getByRole('link', { name: 'Поиск' }).hover();
    await pagefindLoaded;
  });

  test('focusing the search field on the home page starts loading search', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const pagefindLoaded = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.locator('#home-q').focus();
    await pagefindLoaded;
  });
});

test.describe('the index', () => {
  test('holds only content pages, each with a kind, and every glossary term on its own', async ({ page }) => {
    await page.goto('/search/');
    const records = await page.evaluate(async () => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(/* @vite-ignore */ url);
      await pf.init();
      const all = await pf.search(null);
      return Promise.all(
        all.results.map(async (r: { data(): Promise<{ url: string; filters: Record<string, string[]> }> }) => {
          const d = await r.data();
          return { url: d.url, kind: d.filters.kind?.[0] ?? '', section: d.filters.section?.[0] ?? '' };
        }),
      );
    });
    const urls = records.map((r) => r.url);
    for (const notContent of ['/', '/faq/', '/glossary/', '/search/', '/404/', '/404.html'])
      expect(urls).not.toContain(notContent);
    expect(records.filter((r) => !r.kind)).toEqual([]);
    expect(urls).toContain('/disputes/open-dispute/');
    expect(urls).toContain('/faq/what-is-dispute/');
    expect(urls).toContain('/glossary/#dispute');
    const sections = new Set(['Проблемы', 'Связь', 'Подготовка', 'Споры', 'Куда жаловаться']);
    for (const r of records.filter((r) => r.kind === 'Статья' || r.kind === 'Вопрос'))
      expect(sections.has(r.section), r.url).toBe(true);
    expect(records.filter((r) => r.kind === 'Словарь').every((r) => r.url.startsWith('/glossary/#'))).toBe(true);
  });
});

test.describe('search dialog', () => {
  test('Ctrl+K opens it; typing lists results; arrows move; Enter opens the active one', async ({ page }) => {
    await page.goto('/faq/what-is-dispute/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();

    await page.keyboard.type('чарджбэк');
    await expect(options(page).first()).toBeVisible();
    await expect(status(page)).toHaveText(COUNT);
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');

    // The first result is active from the start; Down moves on, Up comes back, Up again leaves the list.
    const first = options(page).nth(0);
    const second = options(page).nth(1);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');

    const target = (await second.getAttribute('href'))!;
    expect(target).toMatch(/^\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === decodeURI(target) || url.pathname + url.hash === target);
  });

  test('/ opens it from the page, Esc closes it and focus returns to where it was', async ({ page }) => {
    await page.goto('/faq/what-is-dispute/');
    const button = page.getByRole('banner').getByRole('link', { name: 'Поиск' });
    await button.focus();
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();
    await expect(combobox(page)).toHaveValue('');

    await page.keyboard.type('таможня');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();

    // Focus stays inside while it is open: the page behind is inert, Tab never reaches it (it may visit the
    // browser's own interface, which the document sees as focus on <body>).
    await page.keyboard.press('Meta+k');
    await expect(dialog(page)).toBeVisible();
    let insideVisits = 0;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body
          ? 'browser'
          : el.closest('dialog')
            ? 'dialog'
            : `page: ${el.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^page/);
      if (where === 'dialog') insideVisits++;
    }
    expect(insideVisits).toBeGreaterThan(6);
    await dialog(page)
      .getByRole('button', { name: t('searchUi.closeLabel') })
      .click();
    await expect(dialog(page)).toBeHidden();
  });

  test('the search button opens the dialog on click; / typed into a field stays a character', async ({ page }) => {
    await page.goto('/');
    await page.locator('#home-q').focus();
    await page.keyboard.press('/');
    await expect(page.locator('#home-q')).toHaveValue('/');
    await expect(dialog(page)).toBeHidden();

    await page.getByRole('banner').getByRole('link', { name: 'Поиск' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Поиск' })).toBeFocused();
  });

  test('before typing and when nothing is found it offers the triage tool and popular questions', async ({ page }) => {
    await page.goto('/faq/what-is-dispute/');
    await page.keyboard.press('Control+k');
    const triage = dialog(page).getByRole('link', { name: t('searchUi.triageLead') });
    await expect(triage).toBeVisible();
    await expect(triage).toHaveAttribute('href', '/tools/triage/');
    const popular = dialog(page)
      .getByRole('region', { name: t('searchUi.popularTitle') })
      .getByRole('link');
    expect(await popular.count()).toBeGreaterThanOrEqual(3);
    for (const href of await popular.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/faq\/[a-z0-9-]+\/$/);

    await combobox(page).fill('ззззззз ъъъъъ');
    await expect(status(page)).toHaveText(t('searchUi.nothingStatus'));
    await expect(dialog(page).getByText(/По.запросу «ззззззз ъъъъъ» ничего не.нашлось/)).toBeVisible();
    await expect(triage).toBeVisible();
    await expect(options(page)).toHaveCount(0);
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('results show title, place, a highlighted excerpt and headings; nothing but <mark> is built from excerpts', async ({
    page,
  }) => {
    await page.goto('/faq/what-is-dispute/');
    await page.keyboard.press('Control+k');
    await combobox(page).fill('видео распаковки');
    await expect(options(page).first()).toBeVisible();
    await expect(dialog(page).locator('[data-search-results] mark').first()).toBeVisible();
    expect(await dialog(page).locator('[data-search-results] a[role="option"][href*="#"]').count()).toBeGreaterThan(0);
    // Every element inside a result is one the renderer makes itself: spans, and marks from the excerpt.
    const tags = await dialog(page)
      .locator('[data-search-results] [role="option"] *')
      .evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags.sort()).toEqual(['MARK', 'SPAN']);

    await combobox(page).fill('<img src=x onerror="window.__pwned=1">');
    await expect(status(page)).not.toHaveText(t('searchUi.loading'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await dialog(page).locator('img').count()).toBe(0);
  });

  test('on /search/ the shortcut takes the reader to the page field instead of a dialog', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    await expect(page.getByLabel(t('searchUi.inputLabel'))).toBeFocused();
    await expect(dialog(page)).toBeHidden();
  });
});

test.describe('/search/ page', () => {
  test('?q= deep link shows the results; typing and scopes keep the address in step', async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent('таможня'));
    const input = page.getByLabel(t('searchUi.inputLabel'));
    await expect(input).toHaveValue('таможня');
    await waitForPageResults(page, 'таможня');
    expect((await pageResultUrls(page, 1))[0]).toBe('/problems/customs/');
    const count = await page.locator('[data-search-results] > li').count();
    const pageStatus = page.getByRole('status');
    await expect(pageStatus).toHaveText(/^\d+\u00a0результат(а|ов)?$/);
    const total = Number((await pageStatus.textContent())!.split('\u00a0')[0]);
    await expect(pageStatus).toHaveText(resultCountRu(total));
    expect(count).toBe(Math.min(total, 10));
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();

    await input.fill('продавец не отвечает');
    await waitForPageResults(page, 'продавец не отвечает');
    await expect(page).toHaveURL(/\/search\/\?q=%D0%BF%D1%80%D0%BE%D0%B4%D0%B0%D0%B2%D0%B5%D1%86(\+|%20)/);

    await page.getByRole('radio', { name: 'Вопросы' }).check();
    await waitForPageResults(page, 'продавец не отвечает', 'faq');
    await expect(page).toHaveURL(/in=faq/);
    const places = await page.locator('[data-search-results] > li > p:first-child').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/^Вопрос · /);
  });

  test('a scope in the address is restored; glossary terms are results of their own', async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent('чарджбэк') + '&in=glossary');
    await waitForPageResults(page, 'чарджбэк', 'glossary');
    await expect(page.getByRole('radio', { name: 'Словарь' })).toBeChecked();
    const urls = await pageResultUrls(page, 10);
    expect(urls[0]).toBe('/glossary/#chargeback');
    for (const url of urls) expect(url).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await page.locator('[data-search-results] > li h2 a').first().click();
    await expect(page).toHaveURL(/\/glossary\/#chargeback$/);
    await expect(page.locator('#chargeback dt')).toHaveText('Чарджбэк');
  });

  test('a question with a word the site does not know is answered without it, and says so', async ({ page }) => {
    const q = 'посылка не пришла кукарямба';
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await waitForPageResults(page, q);
    expect((await pageResultUrls(page, 10)).length).toBeGreaterThan(0);
    await expect(page.locator('[data-search-note]')).toHaveText(t('searchUi.dropped', { n: 1, words: '«кукарямба»' }));
  });

  test('a misspelt query is corrected, and «Возможно, вы имели в виду…» links the corrected search', async ({
    page,
  }) => {
    const q = 'пасылка патерялась';
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await waitForPageResults(page, q);
    expect(await pageResultUrls(page, 3)).toContain('/problems/lost-parcel/');
    const link = page.locator('[data-search-note] a[data-search-suggestion]');
    await expect(link).toHaveText('посылка потерялась');
    await expect(page.locator('[data-search-note]')).toContainText(t('searchUi.didYouMean'));
    await link.click();
    await expect(page).toHaveURL(/\/search\/\?q=%D0%BF%D0%BE%D1%81%D1%8B%D0%BB%D0%BA%D0%B0/);
    await waitForPageResults(page, 'посылка потерялась');
    await expect(page.locator('[data-search-note]')).toBeHidden();

    // A query whose only word had to be guessed is not answered with guesses: it is offered as a suggestion.
    await page.getByLabel(t('searchUi.inputLabel')).fill('товр');
    await waitForPageResults(page, 'товр');
    await expect(page.getByRole('status')).toHaveText(t('searchUi.nothingStatus'));
    await expect(page.locator('[data-search-note] a[data-search-suggestion]')).toHaveText('товар');
  });

  test('an empty result under a scope names the scope and offers to search everywhere', async ({ page }) => {
    const q = 'таможня';
    await page.goto('/search/?q=' + encodeURIComponent(q) + '&in=tools');
    await waitForPageResults(page, q, 'tools');
    await expect(page.getByRole('status')).toHaveText(t('searchUi.nothingStatus'));
    await expect(page.locator('[data-search-message]')).toContainText(
      t('searchUi.nothingIn', { scope: 'Инструменты' }),
    );
    await page.getByRole('button', { name: t('searchUi.searchEverywhere') }).click();
    await waitForPageResults(page, q, '');
    await expect(page).not.toHaveURL(/in=/);
    expect((await pageResultUrls(page, 1))[0]).toBe('/problems/customs/');
  });

  test('on a 360 px phone the first result is on the first screen and the scopes are one control', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/search/');
    const scopes = page.locator('[data-search-scopes]');
    await expect(scopes).not.toHaveAttribute('open', '');
    await expect(page.getByRole('radio', { name: 'Вопросы' })).toBeHidden();
    await page.getByLabel(t('searchUi.inputLabel')).fill('посылка не пришла');
    await waitForPageResults(page, 'посылка не пришла');
    const title = page.locator('[data-search-results] > li h2 a').first();
    await expect(title).toBeInViewport();
    const box = (await title.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The folded scopes open with one tap and say which one is on.
    await scopes.locator('summary').click();
    await page.getByRole('radio', { name: 'Вопросы' }).check();
    await waitForPageResults(page, 'посылка не пришла', 'faq');
    await expect(scopes.locator('[data-search-scope-current]')).toHaveText('Вопросы');
    await context.close();
  });

  test('«Показать ещё» adds the next results and moves focus to the first new one', async ({ page }) => {
    await page.goto('/search/?q=' + encodeURIComponent('посылка'));
    await waitForPageResults(page, 'посылка');
    await expect(page.locator('[data-search-results] > li')).toHaveCount(10);
    await page.getByRole('button', { name: t('searchUi.more') }).click();
    await expect(page.locator('[data-search-results] > li').nth(10)).toBeVisible();
    await expect(page.locator('[data-search-results] > li').nth(10).locator('a').first()).toBeFocused();
  });

  test('the home page and 404 search forms lead to results', async ({ page }) => {
    await page.goto('/');
    await page.locator('#home-q').fill('продлить защиту');
    await page.locator('#home-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForPageResults(page, 'продлить защиту');
    expect(await pageResultUrls(page)).toContain('/disputes/extend-protection/');

    // The 404 page is served with status 404 (which the console reports), so it is checked for results only.
    await page.goto('/no-such-page/');
    await page.locator('#notfound-q').fill('живой оператор');
    await page.locator('#notfound-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForPageResults(page, 'живой оператор');
    expect(await pageResultUrls(page)).toContain('/contact/help-chat/');
  });

  test('without JavaScript the page says so and links the sections', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=' + encodeURIComponent('посылка'));
    await expect(page.getByText(/Поиск работает с.включённым JavaScript/)).toBeVisible();
    for (const href of ['/problems/', '/contact/', '/prepare/', '/disputes/', '/escalation/', '/faq/']) {
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
    }
    await expect(page.getByRole('link', { name: t('searchUi.triageLead') })).toBeVisible();
    await context.close();
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the open dialog with results and /search/ have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/faq/what-is-dispute/');
      await page.keyboard.press('Control+k');
      await combobox(page).fill('продлить защиту');
      await expect(options(page).first()).toBeVisible();
      const inDialog = await axe(page).analyze();
      expect(violationLines(inDialog.violations)).toEqual([]);

      await page.goto('/search/?q=' + encodeURIComponent('продлить защиту'));
      await waitForPageResults(page, 'продлить защиту');
      const onPage = await axe(page).analyze();
      expect(violationLines(onPage.violations)).toEqual([]);
    });
  }
});
