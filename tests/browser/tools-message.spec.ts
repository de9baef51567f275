import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axe, expect, problemLines, test, watchContext, violationLines } from './fixtures.ts';

const URL = '/tools/message/';
const KEY = 'bg:v1:draft:message';
const HOSTILE = '<img src=x onerror=alert(1)>';

// The fixture fails a test on any console error, page error or unexpected alert it causes.

const preview = (page: Page) => page.locator('[data-mb-preview]');
const orderField = (page: Page) => page.getByLabel('Номер заказа');
const itemField = (page: Page) => page.getByLabel('Товар', { exact: true });
const detailsField = (page: Page) => page.getByLabel('Подробности своими словами');

const letterSelect = (page: Page) => page.getByLabel('Что составить');
/** Picks a letter in the «Что составить» list by its title. */
async function choose(page: Page, name: RegExp) {
  const titles = (await letterSelect(page).locator('option').allTextContents()).map((l) => l.trim());
  const title = titles.find((l) => name.test(l.replace(/\u00a0/g, ' ')));
  expect(title, `no letter ${name} in ${titles.join(' | ')}`).toBeTruthy();
  await letterSelect(page).selectOption({ label: title ?? '' });
}

async function fillOrder(page: Page) {
  await orderField(page).fill('8123 4567 8901 2345');
  await page.getByLabel('Дата заказа').fill('2026-10-05');
  await itemField(page).fill('беспроводные наушники');
  await page.getByLabel('Что случилось').selectOption({ label: 'Товар не работает' });
  await page.getByLabel('Чего вы хотите').selectOption({ label: 'Вернуть товар и получить деньги' });
  await page.getByRole('checkbox', { name: 'Видео товара' }).check();
  await page.getByRole('checkbox', { name: 'Скриншоты переписки с продавцом' }).check();
  await detailsField(page).fill('правый наушник не заряжается');
}

test('filling the form updates the preview live, for every template', async ({ page }) => {
  await page.goto(URL);
  await expect(preview(page)).toContainText('[номер заказа]');
  await expect(page.locator('[data-mb-static]')).toBeHidden();
  await fillOrder(page);
  const text = preview(page);
  await expect(text).toContainText('Пишу по заказу №\u00a08123456789012345 от 5 октября 2026');
  await expect(text).toContainText('Товар не работает. Правый наушник не заряжается.');
  await expect(text).toContainText('Прилагаю: видео товара и скриншоты переписки с продавцом.');
  await expect(text).not.toContainText('[номер заказа]');

  await choose(page, /Претензия продавцу о недостатке/);
  await expect(page.locator('[data-mb-title]')).toHaveText(/Претензия продавцу о\sнедостатке товара/);
  await expect(text).toContainText('ПРЕТЕНЗИЯ');
  await expect(text).toContainText('ст.\u00a018 Закона РФ «О\u00a0защите прав потребителей»');
  await expect(text).not.toContainText('26.1');
  await expect(text).toContainText('ст.\u00a01212 ГК\u00a0РФ');
  // The claim's own fields appear only now, and fill the letter.
  const sender = page.getByLabel('фамилия, имя', { exact: true });
  await expect(sender).toBeVisible();
  await sender.fill('Иванова Анна');
  await expect(text).toContainText('От: Иванова Анна,');
  await expect(page.locator('[data-mb-note]')).toContainText('не юридическая консультация');
  await expect(page.locator('[data-mb-guide]')).toHaveAttribute('href', '/escalation/claim/');

  await choose(page, /Заявление в банк/);
  await expect(text).toContainText('Прошу оспорить операцию');
  await expect(text).toContainText('От: Иванова Анна'); // a field shared by letters keeps its value
  await expect(page.locator('[data-mb-note]')).toContainText('«диспут»');
  await expect(page.locator('[data-mb-guide]')).toHaveAttribute('href', '/escalation/chargeback/');

  await choose(page, /Пост в официальное сообщество/);
  await expect(text).not.toContainText('8123456789012345');
  await expect(page.locator('[data-mb-guide]')).toHaveAttribute('href', '/escalation/social-media/');
  await expect(page.locator('[data-mb-left]')).toContainText('Осталось заменить 1\u00a0место');
  await expect(page.getByLabel('фамилия, имя', { exact: true })).toBeHidden();
});

test('the order number is checked: digits only, 8–20 of them', async ({ page }) => {
  await page.goto(URL);
  const field = orderField(page);
  const error = page.locator('#mb-order-error');
  await field.fill('12345');
  await expect(error).toBeHidden(); // not while typing
  await field.press('Tab');
  await expect(error).toHaveText(/от\s8\sдо\s20\sцифр, а\sздесь\s5\sцифр/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('12345abc');
  await field.press('Tab');
  await expect(error).toContainText('только цифры');
  await field.fill('123456789');
  await expect(error).toBeHidden();
  await expect(field).not.toHaveAttribute('aria-invalid', /.*/);
});

test('the public post warns about personal data in the user’s text', async ({ page }) => {
  await page.goto(URL);
  await choose(page, /Пост в официальное сообщество/);
  const warning = page.locator('[data-mb-pd]');
  await expect(warning).toBeHidden();
  await detailsField(page).fill('Звоните +7 912 345-67-89');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('номер телефона');
  await choose(page, /Описание спора/);
  await expect(warning).toBeHidden();
});

test('«Копировать» puts exactly the preview text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(URL);
  await fillOrder(page);
  await page.getByRole('button', { name: 'Копировать' }).click();
  await expect(page.locator('[data-mb-status]')).toContainText('Текст скопирован');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await preview(page).textContent());
  expect(copied).toContain('беспроводные наушники');
});

test('«Копировать» warns first when [placeholders] are still empty, and copies on the second press', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(URL);
  await fillOrder(page);
  await choose(page, /Жалоба в Роспотребнадзор/);
  const copy = page.getByRole('button', { name: 'Копировать' });
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await copy.click();
  const status = page.locator('[data-mb-status]');
  await expect(status).toContainText('квадратных скобках');
  await expect(status).toContainText('почтовый адрес для ответа');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  await copy.click();
  await expect(status).toContainText('Текст скопирован');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await preview(page).textContent());
});

test('when the clipboard refuses, the text is selected and the user is told to press Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto(URL);
  await fillOrder(page);
  await page.getByRole('button', { name: 'Копировать' }).click();
  await expect(page.locator('[data-mb-status]')).toContainText('Ctrl+C');
  const selected = await page.evaluate(() => window.getSelection()?.toString());
  expect(selected).toBe(await preview(page).textContent());
});

test('«Скачать .txt» saves the preview as a UTF-8 text file', async ({ page }) => {
  await page.goto(URL);
  await fillOrder(page);
  await choose(page, /Претензия продавцу о недостатке/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Скачать .txt' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('claim-8123456789012345.txt');
  const file = await download.path();
  const saved = await readFile(file, 'utf8');
  expect(saved).toBe(await preview(page).textContent());
  expect(saved).toContain('ПРЕТЕНЗИЯ');
  await expect(page.locator('[data-mb-status]')).toContainText('Файл сохранён');
});

test('the draft is saved while typing and comes back after a reload', async ({ page }) => {
  await page.goto(URL);
  await choose(page, /Описание спора/);
  await fillOrder(page);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), KEY))
    .toContain('правый наушник не заряжается');
  const before = await preview(page).textContent();
  await page.reload();
  await expect(letterSelect(page)).toHaveValue('dispute');
  await expect(orderField(page)).toHaveValue('8123 4567 8901 2345');
  await expect(page.getByLabel('Дата заказа')).toHaveValue('2026-10-05');
  await expect(itemField(page)).toHaveValue('беспроводные наушники');
  await expect(page.getByLabel('Что случилось')).toHaveValue('not-working');
  await expect(page.getByLabel('Чего вы хотите')).toHaveValue('return');
  await expect(page.getByRole('checkbox', { name: 'Видео товара' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Фото товара и упаковки' })).not.toBeChecked();
  await expect(detailsField(page)).toHaveValue('правый наушник не заряжается');
  await expect(preview(page)).toHaveText(before ?? '');
});

test('text typed just before leaving is saved when the page is hidden', async ({ page }) => {
  await page.goto(URL);
  await itemField(page).fill('последнее слово');
  // No wait for the typing pause: pagehide must write the draft.
  await page.reload();
  await expect(itemField(page)).toHaveValue('последнее слово');
});

test('«Очистить» asks first, then clears the fields and the saved draft', async ({ page }) => {
  await page.goto(URL);
  await fillOrder(page);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();

  const clear = page.getByRole('button', { name: 'Очистить' });
  const dialog = page.getByRole('dialog', { name: 'Очистить все поля?' });
  await clear.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(itemField(page)).toHaveValue('беспроводные наушники');
  await expect(clear).toBeFocused();

  await clear.click();
  await dialog.getByRole('button', { name: 'Да, очистить' }).click();
  await expect(dialog).toBeHidden();
  await expect(itemField(page)).toHaveValue('');
  await expect(orderField(page)).toHaveValue('');
  await expect(page.getByLabel('Что случилось')).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: 'Видео товара' })).not.toBeChecked();
  await expect(preview(page)).toContainText('[номер заказа]');
  await expect(page.locator('[data-mb-status]')).toContainText('Поля очищены');
  await expect(orderField(page)).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  await expect(itemField(page)).toHaveValue('');
});

test('hostile input is shown literally in every template and never becomes markup', async ({ page }) => {
  await page.goto(URL);
  await orderField(page).fill(HOSTILE);
  await itemField(page).fill(HOSTILE);
  await detailsField(page).fill(HOSTILE);
  // A date field accepts no text at all: typing into it leaves it empty.
  await page.getByLabel('Дата заказа').pressSequentially(HOSTILE);
  const titles = (await letterSelect(page).locator('option').allTextContents()).map((l) => l.trim());
  expect(titles).toHaveLength(10);
  for (const title of titles) {
    await letterSelect(page).selectOption({ label: title });
    const text = (await preview(page).textContent()) ?? '';
    expect(text).toContain(HOSTILE);
    expect(text).toContain('[дата заказа]');
    expect(await preview(page).locator('*').count()).toBe(0);
  }
  expect(await page.locator('img').count()).toBe(0);
  // The saved draft reads back as text too.
  await page.reload();
  await expect(itemField(page)).toHaveValue(HOSTILE);
  await expect(preview(page)).toContainText(HOSTILE);
  expect(await page.locator('img').count()).toBe(0);
});

test('?template= opens the builder on that template', async ({ page }) => {
  await page.goto(`${URL}?template=bank`);
  await expect(letterSelect(page)).toHaveValue('bank');
  await expect(preview(page)).toContainText('об оспаривании операции');
});

test('with storage blocked the builder still works and says the draft will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto(URL);
  await expect(page.locator('[data-mb-storage]')).toContainText('Браузер не даёт сохранить черновик');
  await itemField(page).fill('наушники');
  await expect(preview(page)).toContainText('товар\u00a0— наушники.');
});

test('a corrupt draft means an empty form and a quiet notice', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{not json'), KEY);
  await page.goto(URL);
  await expect(page.locator('[data-mb-storage]')).toContainText('не удалось прочитать');
  await expect(itemField(page)).toHaveValue('');
  await expect(preview(page)).toContainText('[товар]');
});

test('works from the keyboard alone', async ({ page }) => {
  await page.goto(URL);
  await letterSelect(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(letterSelect(page)).toHaveValue('support');
  await expect(page.locator('[data-mb-title]')).toHaveText('Запрос в чат поддержки');
  await page.keyboard.press('Tab'); // leaves the list for the help link beside the order number
  await expect(page.getByRole('link', { name: 'Где найти номер заказа', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(orderField(page)).toBeFocused();
  await page.keyboard.type('812345678901');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Дата заказа')).toBeFocused();
  // The date input has one stop per segment (how many depends on the locale): Tab on until the item field.
  for (let i = 0; i < 5 && !(await itemField(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(itemField(page)).toBeFocused();
  await page.keyboard.type('наушники');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Что случилось')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(preview(page)).toContainText('Посылка до сих пор не получена.');
  await expect(preview(page)).toContainText('Заказ №\u00a0812345678901');

  const clear = page.getByRole('button', { name: 'Очистить' });
  await clear.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Очистить все поля?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(clear).toBeFocused();
  await expect(itemField(page)).toHaveValue('наушники');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Копировать' })).toBeFocused();
});

test('without JavaScript every template is on the page as text with [placeholders]', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const problems = await watchContext(context, { origin: new globalThis.URL(baseURL!).origin });
  const page = await context.newPage();
  await page.goto(URL);
  await expect(page.locator('[data-mb-live]')).toBeHidden();
  const section = page.locator('[data-mb-static]');
  await expect(section).toBeVisible();
  const texts = section.locator('pre');
  await expect(texts).toHaveCount(10);
  for (const text of await texts.all()) {
    await expect(text).toBeVisible();
    await expect(text).toContainText('[товар]');
    await expect(text).not.toContainText('undefined');
  }
  for (const href of [
    '/contact/seller-chat/',
    '/contact/help-chat/',
    '/disputes/open-dispute/',
    '/escalation/social-media/',
    '/escalation/claim/',
    '/escalation/chargeback/',
  ]) {
    // Two claims share the claim guide.
    expect(await section.locator(`a[href="${href}"]`).count(), href).toBeGreaterThanOrEqual(1);
  }
  await expect(section.getByRole('heading', { name: /Претензия продавцу о\sнедостатке/ })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Жалоба в Роспотребнадзор' })).toBeVisible();
  await expect(section).toContainText('не юридическая консультация');
  expect(problemLines(problems)).toEqual([]);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(URL);
    await choose(page, /Пост в официальное сообщество/);
    await orderField(page).fill('123');
    await orderField(page).press('Tab');
    await detailsField(page).fill('+7 912 345-67-89');
    const results = await axe(page).analyze();
    expect(violationLines(results.violations)).toEqual([]);
  });
}

test('on a 360×800 phone the letter choice is one compact list and the first field follows within 1,200 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(URL);
    await expect(letterSelect(page)).toBeVisible();
    await choose(page, /Жалоба в Роспотребнадзор/);
    const chosen = await letterSelect(page).boundingBox();
    const first = await orderField(page).boundingBox();
    expect(chosen && first, 'both on the page').toBeTruthy();
    expect((first?.y ?? 1e9) - (chosen?.y ?? 0)).toBeLessThan(1200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `test-results/message-360-${colorScheme}.png`, fullPage: true });
  }
});
