import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axe, expect, test, violationLines } from './fixtures.ts';

/**
 * /tools/deadline/ against the built site. The browser's clock is fixed with Playwright's clock API to 5 November
 * 2026, 10:00 in Moscow, so "today" is known; expected dates were worked out by hand (16.11.2026 is a Monday).
 * The rules' numbers are the facts of content/facts.yaml at the time of writing: about 15 days after confirming
 * receipt (dispute-after-confirm), urgent at 7 days or fewer (urgent-days).
 */
test.use({ timezoneId: 'Europe/Moscow' });

const NOW = new Date('2026-11-05T10:00:00+03:00');
const DAY = 86_400_000;

async function open(page: Page, query = '', at = NOW) {
  await page.clock.setFixedTime(at);
  await page.goto(`/tools/deadline/${query}`);
}

const result = (page: Page) => page.locator('[data-result]');
const out = (page: Page, name: string) => page.locator(`[data-out="${name}"]`);
const urgent = (page: Page) => page.getByRole('alert').filter({ hasText: 'Срочно' });

test.describe('links carry the absolute last day', () => {
  test('a link made today and opened 3 days later shows the same last day and 3 fewer days left', async ({ page }) => {
    await open(page);
    await page.getByLabel('Дней на таймере защиты').fill('30');
    await page.getByRole('button', { name: 'Посчитать' }).click();
    await expect(page).toHaveURL(/\/tools\/deadline\/\?until=2026-12-05$/);
    await expect(out(page, 'last-long')).toHaveText('5\u00a0декабря 2026');
    await expect(out(page, 'days-left')).toHaveText('осталось 30\u00a0дней');
    // Made with the form, the result stays under it.
    expect((await result(page).boundingBox())!.y).toBeGreaterThan(
      (await page.locator('form[data-form]').boundingBox())!.y,
    );
    const share = result(page).getByRole('link', { name: 'Ссылка на этот результат' });
    await expect(share).toHaveAttribute('href', /\/tools\/deadline\/\?until=2026-12-05$/);
    const link = page.url();

    await open(page, '', new Date(NOW.getTime() + 3 * DAY));
    await page.goto(link);
    await expect(out(page, 'last-long')).toHaveText('5\u00a0декабря 2026');
    await expect(out(page, 'last-short')).toHaveText('05.12.2026, суббота');
    await expect(out(page, 'days-left')).toHaveText('осталось 27\u00a0дней');
    await expect(out(page, 'basis')).toContainText('записан в ссылке');
    await expect(page).toHaveURL(/\?until=2026-12-05$/);
    // Opened from a link, the result comes first (on a 360 px phone the form would push it below the fold).
    const form = page.locator('form[data-form]');
    expect((await result(page).boundingBox())!.y).toBeLessThan((await form.boundingBox())!.y);
  });

  test('after the last day the same link says the term has passed, with the next step', async ({ page }) => {
    await open(page, '?until=2026-12-05', new Date('2026-12-06T10:00:00+03:00'));
    await expect(out(page, 'last-long')).toHaveText('5\u00a0декабря 2026');
    await expect(out(page, 'days-left')).toHaveText('срок истёк 1\u00a0день назад');
    await expect(page.getByRole('alert')).toContainText('срок прошёл');
    await expect(page.getByRole('button', { name: 'Добавить в календарь' })).toBeHidden();
    await expect(result(page).getByRole('link', { name: 'Что делать, если поддержка не помогает' })).toBeVisible();
    await expect(page.getByText('Безопасная дата (наш совет)')).toBeHidden();
  });

  test('old relative links are converted once to ?until= (replaceState, no new history entry)', async ({ page }) => {
    for (const [query, until, last] of [
      ['?left=30', '2026-12-05', '5\u00a0декабря 2026'],
      ['?confirmed=2026-11-01', '2026-11-16', '16\u00a0ноября 2026'],
      ['?start=2026-10-01&days=60', '2026-11-30', '30\u00a0ноября 2026'],
      ['?mode=left&left=12', '2026-11-17', '17\u00a0ноября 2026'],
    ] as const) {
      const before = await page.evaluate(() => history.length);
      await open(page, query);
      await expect(page, query).toHaveURL(new RegExp(`/tools/deadline/\\?until=${until}$`));
      await expect(out(page, 'last-long'), query).toHaveText(last);
      // One entry for the navigation itself; the conversion replaced it rather than adding another.
      expect(await page.evaluate(() => history.length), query).toBe(before + 1);
    }
  });
});

test.describe('the result', () => {
  test('timer: today is day 0, the safe date is 3 days earlier', async ({ page }) => {
    await open(page, '?until=2026-12-05');
    await expect(out(page, 'days-left')).toHaveText('осталось 30\u00a0дней');
    await expect(out(page, 'safe-long')).toHaveText('2\u00a0декабря 2026');
    await expect(out(page, 'alert')).toHaveText('');
  });

  test('confirmation date: plus about 15 days, hedged', async ({ page }) => {
    await open(page);
    await page.getByLabel('Дату, когда я подтвердил(а) получение').check();
    await page.getByLabel('Дата подтверждения получения').fill('2026-11-01');
    await page.getByRole('button', { name: 'Посчитать' }).click();
    await expect(page).toHaveURL(/\?until=2026-11-16$/);
    await expect(out(page, 'last-short')).toHaveText('16.11.2026, понедельник');
    await expect(out(page, 'days-left')).toHaveText('осталось 11\u00a0дней');
    await expect(out(page, 'safe-short')).toHaveText('13.11.2026, пятница');
    await expect(out(page, 'basis')).toContainText('обычно');
    await expect(out(page, 'basis')).toContainText('15\u00a0дней');
  });

  test('timer with hours: the day and about the hour the timer reaches zero', async ({ page }) => {
    await open(page, '', new Date('2026-11-05T22:00:00+03:00'));
    await page.getByLabel('Дней на таймере защиты').fill('12');
    await page.getByLabel('Часов на таймере (если видно)').fill('5');
    await page.getByRole('button', { name: 'Посчитать' }).click();
    await expect(page).toHaveURL(/\?until=2026-11-18$/);
    await expect(out(page, 'basis')).toContainText('около 03:00');
  });

  test('7 days or fewer: «откройте спор сегодня» and no safe date; 8 days: a safe date and no warning', async ({
    page,
  }) => {
    await open(page, '?until=2026-11-08');
    await expect(urgent(page)).toBeVisible();
    await expect(urgent(page)).toContainText('осталось 3\u00a0дня');
    await expect(urgent(page)).toContainText('Откройте спор сегодня');
    await expect(page.getByText('Безопасная дата (наш совет)')).toBeHidden();

    await open(page, '?until=2026-11-06');
    await expect(out(page, 'days-left')).toHaveText('остался 1\u00a0день');
    await expect(urgent(page)).toBeVisible();

    // The threshold is the urgent-days fact (7): the same value the triage and the guides use.
    await open(page, '?until=2026-11-12');
    await expect(out(page, 'days-left')).toHaveText('осталось 7\u00a0дней');
    await expect(urgent(page)).toBeVisible();
    await expect(page.getByText('Безопасная дата (наш совет)')).toBeHidden();

    await open(page, '?until=2026-11-13');
    await expect(out(page, 'alert')).toHaveText('');
    await expect(page.getByText('Безопасная дата (наш совет)')).toBeVisible();
    await expect(out(page, 'safe-long')).toHaveText('10\u00a0ноября 2026');

    await open(page, '?until=2026-11-05');
    await expect(out(page, 'days-left')).toHaveText('последний день\u00a0— сегодня');
    await expect(page.getByRole('alert')).toContainText('сегодня последний день');
  });

  test('what to do next links to the dispute guides and checklist', async ({ page }) => {
    await open(page, '?until=2026-12-05');
    for (const href of ['/disputes/open-dispute/', '/disputes/extend-protection/', '/checklists/open-dispute/']) {
      await expect(result(page).locator(`a[href="${href}"]`)).toBeVisible();
    }
  });
});

test.describe('invalid values get a clear message, never a crash', () => {
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
    await expect(result(page)).toBeHidden();

    await open(page, '?until=2026-02-30');
    await expect(page.locator('#dl-until-error')).toContainText('«2026-02-30»');
    await expect(result(page)).toBeHidden();
  });

  test('a confirmation date in the future, hours out of range', async ({ page }) => {
    await open(page, '?confirmed=2026-12-01');
    await expect(page.locator('#dl-confirmed-error')).toContainText('ещё не наступила');
    await open(page, '?left=3&hours=30');
    await expect(page.locator('#dl-hours-error')).toContainText('от 0 до 23');
  });

  test('fixing the value clears the message and writes ?until=', async ({ page }) => {
    await open(page, '?left=abc');
    const field = page.getByLabel('Дней на таймере защиты');
    await field.fill('12');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/tools\/deadline\/\?until=2026-11-17$/);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#dl-left-error')).toBeHidden();
    await expect(out(page, 'last-long')).toHaveText('17\u00a0ноября 2026');
  });
});

test('the form works by keyboard and writes its state to the URL with replaceState', async ({ page }) => {
  await open(page);
  await expect(result(page)).toBeHidden();
  const historyLength = await page.evaluate(() => history.length);

  const radio = page.getByLabel('Дату, когда я подтвердил(а) получение');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expect(page.getByLabel('Дней на таймере защиты')).toBeHidden();
  const date = page.getByLabel('Дата подтверждения получения');
  await expect(date).toBeVisible();
  await date.fill('2026-11-01');
  await page.getByRole('button', { name: 'Посчитать' }).press('Enter');

  await expect(page).toHaveURL(/\/tools\/deadline\/\?until=2026-11-16$/);
  await expect(page.locator('#dl-result-title')).toBeFocused();
  await expect(out(page, 'last-long')).toHaveText('16\u00a0ноября 2026');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // An empty submit names the field and puts focus on it.
  await date.fill('');
  await page.getByRole('button', { name: 'Посчитать' }).click();
  await expect(date).toBeFocused();
  await expect(page.locator('#dl-confirmed-error')).toHaveText('Укажите дату, когда вы подтвердили получение.');
});

test('«Добавить в календарь»: an .ics on the absolute date, reminders at 10:00 local, never midnight', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await open(page, '?until=2026-11-16');
  await expect(out(page, 'last-long')).toHaveText('16\u00a0ноября 2026');
  expect(scripts.some((u) => /\/ics\.[^/]*\.js$/.test(u))).toBe(false);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Добавить в календарь' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('srok-spora-2026-11-16.ics');
  const text = await readFile((await download.path())!, 'utf8');

  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, '');
  // The absolute last day at 10:00 floating local time; reminders relative to it: 13 and 15 November at 10:00.
  expect(unfolded).toContain('\r\nDTSTART:20261116T100000\r\n');
  expect(unfolded).not.toMatch(/VALUE=DATE|T000000/);
  expect(unfolded).toContain('\r\nTRIGGER:-P3D\r\n');
  expect(unfolded).toContain('\r\nTRIGGER:-P1D\r\n');
  expect(unfolded).toMatch(/\r\nURL:http:\/\/[^\r]+\/tools\/deadline\/\?until=2026-11-16\r\n/);
  expect(unfolded).not.toMatch(/left=/);
  expect(unfolded).toMatch(/\r\nUID:[^\r\n]+@localhost\r\n/);
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
      await open(page, '?left=1', new Date('2026-11-01T00:30:00-04:00'));
      await expect(out(page, 'last-short')).toHaveText('02.11.2026, понедельник');
      await expect(out(page, 'basis')).toContainText('1\u00a0ноября 2026');
      await expect(page).toHaveURL(/\?until=2026-11-02$/);
    });
  });

  test.describe('Berlin, late evening before clocks go forward', () => {
    test.use({ timezoneId: 'Europe/Berlin' });
    test('?left=1 ends on the next calendar day, not two days later', async ({ page }) => {
      await open(page, '?left=1', new Date('2026-03-28T23:30:00+01:00'));
      await expect(out(page, 'last-short')).toHaveText('29.03.2026, воскресенье');
      await expect(out(page, 'days-left')).toHaveText('остался 1\u00a0день');
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page states the rule in words and shows no button that does nothing', async ({ page }) => {
    await page.goto('/tools/deadline/?until=2026-12-05');
    await expect(page.getByRole('heading', { level: 1, name: 'Калькулятор сроков' })).toBeVisible();
    // Playwright's text selectors skip <noscript> on purpose, so find the note by its element.
    const note = page.locator('noscript p');
    await expect(note).toBeVisible();
    await expect(note).toContainText('таймер защиты в карточке заказа дойдёт до нуля');
    await expect(note).toContainText('около 15\u00a0дней');
    await expect(note).toContainText('7\u00a0дней или меньше');
    await expect(page.getByRole('button', { name: 'Посчитать' })).toHaveCount(0);
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
    await expect(page.locator('bg-deadline')).toBeHidden();

    const rules = page.locator('#tool-rules-title + div');
    await expect(rules).toContainText('Пример');
    await expect(rules).toContainText('15\u00a0марта 2027 (понедельник)');
    await expect(rules).toContainText('16\u00a0ноября 2026 (понедельник)');
    await expect(rules.locator('a[href="/disputes/when-to-open/"]')).toBeVisible();
  });
});

test.describe('the result is accessible in both schemes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(scheme, () => {
      test.use({ colorScheme: scheme, viewport: { width: 360, height: 800 } });
      test(`axe finds nothing on a safe, an urgent and a passed result (${scheme})`, async ({ page }) => {
        for (const until of ['2026-12-05', '2026-11-08', '2026-10-01']) {
          await open(page, `?until=${until}`);
          await expect(result(page)).toBeVisible();
          const { violations } = await axe(page, ['best-practice']).analyze();
          expect(violationLines(violations), until).toEqual([]);
        }
      });
    });
  }
});
