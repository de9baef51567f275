import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * /tools/deadline/ against the built site. The browser's clock is fixed to 5 November 2026, 10:00 in Moscow, so
 * "today" is known; expected dates were worked out by hand (16.11.2026 is a Monday).
 */
test.use({ timezoneId: 'Europe/Moscow' });

const NOW = new Date('2026-11-05T10:00:00+03:00');

async function open(page: Page, query = '') {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/tools/deadline/${query}`);
}

const result = (page: Page) => page.locator('[data-result]');
const out = (page: Page, name: string) => page.locator(`[data-out="${name}"]`);

test.describe('URL parameters fill the form and show the result', () => {
  test('?left=30: today is day 0', async ({ page }) => {
    await open(page, '?left=30');
    await expect(page.getByLabel('Сколько дней показывает таймер защиты')).toBeChecked();
    await expect(page.getByLabel('Дней на таймере защиты')).toHaveValue('30');
    await expect(result(page)).toBeVisible();
    await expect(out(page, 'last-long')).toHaveText('5\u00a0декабря 2026');
    await expect(out(page, 'last-short')).toHaveText('05.12.2026, суббота');
    await expect(out(page, 'days-left')).toHaveText('осталось 30\u00a0дней');
    await expect(out(page, 'safe-long')).toHaveText('2\u00a0декабря 2026');
    await expect(out(page, 'basis')).toContainText('нулевой день');
    await expect(out(page, 'alert')).toHaveText('');
  });

  test('?confirmed=2026-11-01: plus 15 days', async ({ page }) => {
    await open(page, '?confirmed=2026-11-01');
    await expect(page.getByLabel('Когда я подтвердил(а) получение')).toBeChecked();
    await expect(page.getByLabel('Дата подтверждения получения')).toHaveValue('2026-11-01');
    await expect(out(page, 'last-long')).toHaveText('16\u00a0ноября 2026');
    await expect(out(page, 'last-short')).toHaveText('16.11.2026, понедельник');
    await expect(out(page, 'days-left')).toHaveText('осталось 11\u00a0дней');
    await expect(out(page, 'safe-short')).toHaveText('13.11.2026, пятница');
    await expect(out(page, 'basis')).toContainText('обычно');
  });

  test('?start=2026-10-01&days=60: start plus the protection length', async ({ page }) => {
    await open(page, '?start=2026-10-01&days=60');
    await expect(page.getByLabel('Дату начала защиты и её длину в днях')).toBeChecked();
    await expect(page.getByLabel('Дата начала защиты')).toHaveValue('2026-10-01');
    await expect(page.getByLabel('Срок защиты, дней')).toHaveValue('60');
    await expect(out(page, 'last-long')).toHaveText('30\u00a0ноября 2026');
    await expect(out(page, 'last-short')).toHaveText('30.11.2026, понедельник');
    await expect(out(page, 'days-left')).toHaveText('осталось 25\u00a0дней');
  });

  test('5 days or fewer: a strong warning in words, and correct plurals', async ({ page }) => {
    await open(page, '?left=3');
    const alert = page.getByRole('alert').filter({ hasText: 'Срочно' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('осталось 3\u00a0дня');
    await expect(out(page, 'days-left')).toHaveText('осталось 3\u00a0дня');
    await expect(out(page, 'safe-long')).toHaveText('сегодня');

    await open(page, '?left=1');
    await expect(out(page, 'days-left')).toHaveText('остался 1\u00a0день');
    await expect(page.getByRole('alert').filter({ hasText: 'Срочно' })).toBeVisible();

    // The threshold is content/ladder.yaml `urgentDays` (7): the same value the triage and the guides use.
    await open(page, '?left=7');
    await expect(out(page, 'days-left')).toHaveText('осталось 7\u00a0дней');
    await expect(page.getByRole('alert').filter({ hasText: 'Срочно' })).toBeVisible();

    await open(page, '?left=8');
    await expect(out(page, 'alert')).toHaveText('');

    await open(page, '?left=0');
    await expect(out(page, 'days-left')).toHaveText('последний день\u00a0— сегодня');
    await expect(page.getByRole('alert')).toContainText('сегодня последний день');
  });

  test('a passed deadline says so and offers the next step instead of a calendar file', async ({ page }) => {
    await open(page, '?confirmed=2026-10-01');
    await expect(out(page, 'days-left')).toHaveText('срок истёк 20\u00a0дней назад');
    await expect(page.getByRole('alert')).toContainText('срок прошёл');
    await expect(page.getByRole('button', { name: 'Добавить в календарь' })).toBeHidden();
    await expect(result(page).getByRole('link', { name: 'Что делать, если поддержка не помогает' })).toBeVisible();
  });

  test('what to do next links to the dispute guides and checklist', async ({ page }) => {
    await open(page, '?left=30');
    for (const href of ['/disputes/open-dispute/', '/disputes/extend-protection/', '/checklists/open-dispute/']) {
      await expect(result(page).locator(`a[href="${href}"]`)).toBeVisible();
    }
  });
});

test.describe('invalid values get a clear message beside the field, never a crash', () => {
  test('letters in the days field', async ({ page }) => {
    await open(page, '?left=abc');
    const field = page.getByLabel('Дней на таймере защиты');
    await expect(field).toHaveValue('abc');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAttribute('aria-describedby', /dl-left-error/);
    await expect(page.locator('#dl-left-error')).toHaveText(/целое число дней цифрами/);
    await expect(result(page)).toBeHidden();
  });

  test('a date that does not exist, quoted back to the reader', async ({ page }) => {
    await open(page, '?confirmed=2026-02-30');
    const message = page.locator('#dl-confirmed-error');
    await expect(message).toContainText('«2026-02-30»');
    await expect(message).toContainText('Такой даты нет: в\u00a0феврале 2026\u00a0года 28\u00a0дней.');
    await expect(page.getByLabel('Дата подтверждения получения')).toHaveAttribute('aria-invalid', 'true');
    await expect(result(page)).toBeHidden();
  });

  test('a confirmation date in the future, and a start date without its length', async ({ page }) => {
    await open(page, '?confirmed=2026-12-01');
    await expect(page.locator('#dl-confirmed-error')).toContainText('ещё не наступила');
    await open(page, '?start=2026-10-01');
    await expect(page.locator('#dl-days-error')).toContainText('Введите срок защиты');
    await expect(page.locator('#dl-start-error')).toBeHidden();
  });

  test('fixing the value clears the message and updates the URL', async ({ page }) => {
    await open(page, '?left=abc');
    const field = page.getByLabel('Дней на таймере защиты');
    await field.fill('12');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/tools\/deadline\/\?left=12$/);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#dl-left-error')).toBeHidden();
    await expect(out(page, 'last-long')).toHaveText('17\u00a0ноября 2026');
  });
});

test('the form works by keyboard and writes its state to the URL with replaceState', async ({ page }) => {
  await open(page);
  await expect(result(page)).toBeHidden();
  const historyLength = await page.evaluate(() => history.length);

  const radio = page.getByLabel('Когда я подтвердил(а) получение');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expect(page.getByLabel('Дней на таймере защиты')).toBeHidden();
  const date = page.getByLabel('Дата подтверждения получения');
  await expect(date).toBeVisible();
  await date.fill('2026-11-01');
  await page.getByRole('button', { name: 'Посчитать' }).press('Enter');

  await expect(page).toHaveURL(/\/tools\/deadline\/\?confirmed=2026-11-01$/);
  await expect(page.locator('#dl-result-title')).toBeFocused();
  await expect(out(page, 'last-long')).toHaveText('16\u00a0ноября 2026');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // An empty submit names the field and puts focus on it.
  await date.fill('');
  await page.getByRole('button', { name: 'Посчитать' }).click();
  await expect(date).toBeFocused();
  await expect(page.locator('#dl-confirmed-error')).toHaveText('Укажите дату, когда вы подтвердили получение.');
});

test('«Добавить в календарь» downloads a valid .ics made in the browser, loading its code on first use', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await open(page, '?confirmed=2026-11-01');
  await expect(out(page, 'last-long')).toHaveText('16\u00a0ноября 2026');
  expect(scripts.some((u) => /\/ics\.[^/]*\.js$/.test(u))).toBe(false);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Добавить в календарь' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('srok-spora-2026-11-16.ics');
  const path = await download.path();
  const text = await readFile(path!, 'utf8');

  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, '');
  expect(unfolded).toContain('\r\nDTSTART;VALUE=DATE:20261116\r\n');
  expect(unfolded).toContain('\r\nDTEND;VALUE=DATE:20261117\r\n');
  expect(unfolded).toContain('VERSION:2.0');
  expect(unfolded).toMatch(/\r\nUID:[^\r\n]+@localhost\r\n/);
  expect(unfolded).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  expect(unfolded).toContain('TRIGGER:-P3D');
  expect(unfolded).toContain('TRIGGER:-P1D');
  expect(unfolded.replace(/\u00a0/g, ' ')).toContain(
    'SUMMARY:Последний день\\, чтобы открыть спор по заказу AliExpress',
  );

  expect(scripts.some((u) => /\/ics\.[^/]*\.js$/.test(u))).toBe(true);
  await expect(out(page, 'calendar-status')).toContainText('srok-spora-2026-11-16.ics');
});

test.describe('the reader\'s local date decides "today", also on a daylight-saving night', () => {
  test.describe('New York, just after midnight on the day clocks go back', () => {
    test.use({ timezoneId: 'America/New_York' });
    test('?left=1 ends tomorrow by the local calendar', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-01T00:30:00-04:00'));
      await page.goto('/tools/deadline/?left=1');
      await expect(out(page, 'last-short')).toHaveText('02.11.2026, понедельник');
      await expect(out(page, 'basis')).toContainText('1\u00a0ноября 2026');
    });
  });

  test.describe('Berlin, late evening before clocks go forward', () => {
    test.use({ timezoneId: 'Europe/Berlin' });
    test('?left=1 ends on the next calendar day, not two days later', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-03-28T23:30:00+01:00'));
      await page.goto('/tools/deadline/?left=1');
      await expect(out(page, 'last-short')).toHaveText('29.03.2026, воскресенье');
      await expect(out(page, 'days-left')).toHaveText('остался 1\u00a0день');
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains the rules with a worked example and keeps a GET form with every field', async ({ page }) => {
    await page.goto('/tools/deadline/');
    await expect(page.getByRole('heading', { level: 1, name: 'Калькулятор сроков' })).toBeVisible();
    // Playwright's text selectors skip <noscript> on purpose, so find the note by its element.
    const note = page.locator('noscript p');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Результат считается прямо в вашем браузере');
    const form = page.locator('form[data-form]');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form).toHaveAttribute('action', '/tools/deadline/');
    for (const label of [
      'Дней на таймере защиты',
      'Дата подтверждения получения',
      'Дата начала защиты',
      'Срок защиты, дней',
    ]) {
      await expect(page.getByLabel(label)).toBeVisible();
    }
    const rules = page.locator('#tool-rules-title + div');
    await expect(rules).toContainText('Пример');
    await expect(rules).toContainText('15\u00a0марта 2027 (понедельник)');
    await expect(rules).toContainText('16\u00a0ноября 2026 (понедельник)');
    await expect(rules.locator('a[href="/disputes/when-to-open/"]')).toBeVisible();
    await expect(result(page)).toBeHidden();

    await page.getByLabel('Дней на таймере защиты').fill('12');
    await page.getByRole('button', { name: 'Посчитать' }).click();
    await expect(page).toHaveURL(/\/tools\/deadline\/\?mode=left&left=12/);
    await expect(page.getByLabel('Дней на таймере защиты')).toBeVisible();
  });
});
