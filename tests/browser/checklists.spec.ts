import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { applyFacts } from '../../src/lib/facts.ts';
import type { Page } from '@playwright/test';
import { axe, expect, test } from './fixtures.ts';

/** Every checklist as written in content/: the browser checks compare the pages with it. */
interface ChecklistYaml {
  title: string;
  groups: { title: string; items: { id: string; text: string; hint?: string; link?: string }[] }[];
}
const dir = path.resolve('content/checklists');
/** The page shows facts in place of their {fact:…} tokens; compare with what a reader sees. */
function withFacts(list: ChecklistYaml): ChecklistYaml {
  const fill = (text: string) =>
    applyFacts(text, (id) => {
      throw new Error(`unknown fact ${id}`);
    });
  for (const group of list.groups)
    for (const it of group.items) {
      it.text = fill(it.text);
      if (it.hint) it.hint = fill(it.hint);
    }
  return list;
}

const checklists = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: withFacts(parse(readFileSync(path.join(dir, f), 'utf8')) as ChecklistYaml),
  }));
const openDispute = checklists.find((c) => c.id === 'open-dispute')!;
const total = openDispute.data.groups.reduce((n, g) => n + g.items.length, 0);
const KEY = 'bg:v1:checklist:open-dispute';

async function openChecklist(page: Page, url = '/checklists/open-dispute/') {
  await page.goto(url);
  await expect(page.locator('bg-checklist[data-ready]').first()).toBeVisible();
  return page.locator('bg-checklist').first();
}

const item = (page: Page, i: number) =>
  page.getByRole('checkbox', { name: openDispute.data.groups.flatMap((g) => g.items)[i]!.text });

test('a tick survives a reload, and progress is shown in words and as a bar', async ({ page }) => {
  const list = await openChecklist(page);
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 0 из ${total}`);
  await item(page, 0).check();
  await item(page, 1).check();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 2 из ${total}`);
  const bar = list.getByRole('progressbar', { name: `Выполнено 2 из ${total}` });
  await expect(bar).toHaveJSProperty('value', 2);
  await expect(bar).toHaveJSProperty('max', total);
  await expect(list.locator('[data-cl-status]').first()).toHaveText('В процессе, 2 из 4');
  await expect(list.locator('[data-cl-status]').nth(1)).toHaveText('Не начато');
  await expect(list.locator('[data-cl-live]')).toHaveText(`Выполнено 2 из ${total}.`);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null')).toEqual({
    v: 1,
    ticked: ['check-timer', 'seller-first'],
  });

  await page.reload();
  await expect(page.locator('bg-checklist[data-ready]')).toBeVisible();
  await expect(item(page, 0)).toBeChecked();
  await expect(item(page, 1)).toBeChecked();
  await expect(item(page, 2)).not.toBeChecked();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 2 из ${total}`);

  // Finishing a group says so in words.
  await item(page, 2).check();
  await item(page, 3).check();
  await expect(list.locator('[data-cl-status]').first()).toHaveText('Готово');
  await expect(list.locator('[data-cl-live]')).toContainText(`Раздел «${openDispute.data.groups[0]!.title}» готов.`);
});

test('the checklist inside a guide shares progress with its own page', async ({ page }) => {
  const guide = await openChecklist(page, '/problems/delivery-delay/');
  await guide.getByRole('checkbox', { name: openDispute.data.groups[1]!.items[0]!.text }).check();
  await openChecklist(page);
  await expect(page.getByRole('checkbox', { name: openDispute.data.groups[1]!.items[0]!.text })).toBeChecked();
});

test('a tick in one tab shows up in the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openChecklist(a);
  await openChecklist(b, '/problems/delivery-delay/');
  await item(a, 4).check();
  await expect(item(b, 4)).toBeChecked();
  await expect(b.locator('bg-checklist').locator('[data-cl-progress]')).toHaveText(`Выполнено 1 из ${total}`);
  await item(b, 4).uncheck();
  await expect(item(a, 4)).not.toBeChecked();
  await expect(a.locator('[data-cl-progress]')).toHaveText(`Выполнено 0 из ${total}`);
});

test('two copies on one page stay in step and keep distinct ids', async ({ page }) => {
  await openChecklist(page, '/problems/delivery-delay/');
  // No page embeds one checklist twice yet, so make a second copy the way a guide would render it.
  await page.evaluate(() => {
    const first = document.querySelector('bg-checklist')!;
    const copy = first.cloneNode(true) as HTMLElement;
    copy.removeAttribute('data-ready');
    copy.querySelectorAll('[id]').forEach((el) => (el.id = `${el.id}-copy`));
    for (const attr of ['for', 'aria-labelledby', 'aria-describedby']) {
      copy.querySelectorAll(`[${attr}]`).forEach((el) => el.setAttribute(attr, `${el.getAttribute(attr)}-copy`));
    }
    first.after(copy);
  });
  await expect(page.locator('bg-checklist[data-ready]')).toHaveCount(2);
  const [one, two] = [page.locator('bg-checklist').nth(0), page.locator('bg-checklist').nth(1)];
  const text = openDispute.data.groups[2]!.items[1]!.text;
  await one.getByRole('checkbox', { name: text }).check();
  await expect(two.getByRole('checkbox', { name: text })).toBeChecked();
  await expect(two.locator('[data-cl-progress]')).toHaveText(`Выполнено 1 из ${total}`);
  // Only the copy that was used announces the change; the other updates silently.
  await expect(one.locator('[data-cl-live]')).toHaveText(`Выполнено 1 из ${total}.`);
  await expect(two.locator('[data-cl-live]')).toHaveText('');

  // Every id on the built page is unique (the server-rendered copy uses deterministic ids).
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
});

test('reset asks first, can be cancelled, and clears every tick', async ({ page }) => {
  const list = await openChecklist(page);
  await item(page, 0).check();
  await item(page, 5).check();
  const reset = list.getByRole('button', { name: 'Сбросить отметки' });
  await reset.click();
  const dialog = page.getByRole('dialog', { name: 'Сбросить отметки?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(item(page, 0)).toBeChecked();
  await expect(reset).toBeFocused();

  await reset.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(item(page, 5)).toBeChecked();

  await reset.click();
  await dialog.getByRole('button', { name: 'Да, сбросить' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 0 из ${total}`);
  await expect(list.locator('[data-cl-live]')).toHaveText(`Отметки сняты. Выполнено 0 из ${total}.`);
  await expect(reset).toBeFocused();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.reload();
  await expect(page.locator('bg-checklist[data-ready]')).toBeVisible();
  await expect(item(page, 0)).not.toBeChecked();
});

test('corrupt saved ticks: the page works, says so quietly, and ticks again', async ({ page }) => {
  await page.goto('/checklists/open-dispute/');
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"ticked":[oops'), KEY);
  const list = await openChecklist(page);
  await expect(list.getByText('Сохранённые отметки не удалось прочитать')).toBeVisible();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 0 из ${total}`);
  await item(page, 3).check();
  await expect(list.getByText('Отметки сохраняются в этом браузере.')).toBeVisible();
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null')).toEqual({
    v: 1,
    ticked: ['do-not-confirm'],
  });
  await page.reload();
  await expect(page.locator('bg-checklist[data-ready]')).toBeVisible();
  await expect(item(page, 3)).toBeChecked();
});

test('saved ids that no longer exist are dropped and the rest kept', async ({ page }) => {
  await page.goto('/checklists/open-dispute/');
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 1, ticked: ['gone-item', 'extend'] })), KEY);
  const list = await openChecklist(page);
  await expect(item(page, 2)).toBeChecked();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 1 из ${total}`);
});

test('a full quota: ticks work in memory and the reader is told they will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('bg:v1:checklist:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const list = await openChecklist(page);
  await expect(list.getByText('Отметки сохраняются в этом браузере.')).toBeVisible();
  await item(page, 0).check();
  await expect(list.getByText('Отметки не сохранятся')).toBeVisible();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 1 из ${total}`);
  await item(page, 1).check();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 2 из ${total}`);
});

test('storage that throws on access (private mode, disabled): the list works in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const list = await openChecklist(page);
  await expect(list.getByText('Отметки не сохранятся')).toBeVisible();
  await item(page, 6).check();
  await expect(item(page, 6)).toBeChecked();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 1 из ${total}`);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { id, data } of checklists) {
    test(`${id}: every item reads in full`, async ({ page }) => {
      await page.goto(`/checklists/${id}/`);
      const list = page.locator('bg-checklist');
      await expect(list.getByRole('heading', { level: 1, name: data.title })).toBeVisible();
      const items = data.groups.flatMap((g) => g.items);
      await expect(list.getByRole('checkbox')).toHaveCount(items.length);
      for (const group of data.groups) {
        await expect(list.getByRole('heading', { level: 2, name: group.title })).toBeVisible();
      }
      for (const it of items) {
        await expect(list.getByRole('checkbox', { name: it.text })).toBeVisible();
        if (it.hint) await expect(list.getByText(it.hint, { exact: true })).toBeVisible();
        if (it.link) await expect(list.locator(`a[href="${it.link}"]`)).toBeVisible();
      }
      // Controls that need JavaScript stay out of the way.
      await expect(list.getByRole('button')).toHaveCount(0);
      await expect(list.getByRole('progressbar')).toHaveCount(0);
      // A checkbox still ticks by hand.
      await list.getByRole('checkbox').first().check();
      await expect(list.getByRole('checkbox').first()).toBeChecked();
    });
  }
});

test('links inside items have distinct accessible names', async ({ page }) => {
  for (const { id } of checklists) {
    await page.goto(`/checklists/${id}/`);
    // The «Подробнее» link of each item; a phone number in a hint is a tel: link named by the number itself.
    const links = page.locator('bg-checklist a:not([href^="tel:"])');
    const names = await links.evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size, `${id}: ${names.join(' | ')}`).toBe(names.length);
    expect(names.every((n) => n.startsWith('Подробнее'))).toBe(true);
  }
});

test.describe('print', () => {
  test('print media hides the site chrome and the buttons, and draws boxes', async ({ page }) => {
    const list = await openChecklist(page);
    await item(page, 0).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Подвал' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Вы здесь' })).toBeHidden();
    await expect(page.locator('.skip-link')).not.toBeInViewport();
    await expect(list.locator('button')).toHaveCount(5);
    for (const button of await list.locator('button').all()) await expect(button).toBeHidden();
    await expect(list.locator('[data-cl-status]').first()).toBeHidden();
    await expect(list.locator('progress')).toBeHidden();
    // Every item, its hint and its link are on paper; the boxes are drawn, ticked where ticked.
    const boxes = list.locator('.cl-box');
    await expect(boxes).toHaveCount(total);
    await expect(boxes.first()).toBeVisible();
    const mark = (i: number) => boxes.nth(i).evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await mark(0)).toBe('"✓"');
    expect(await mark(1)).toBe('none');
    const link = list.locator(`a[href="${openDispute.data.groups[0]!.items[0]!.link}"]`);
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('/disputes/when-to-open/');
    await expect(list.getByText(openDispute.data.groups[0]!.items[0]!.hint!)).toBeVisible();
    // The foot names the checklist, its address and the day it was printed; the site footer line prints too.
    const foot = list.locator('.cl-foot');
    await expect(foot).toBeVisible();
    await expect(foot).toContainText(`Чек-лист «${openDispute.data.title}»`);
    await expect(foot).toContainText('/checklists/open-dispute/');
    await expect(foot).toContainText(/распечатано \d{1,2} [а-я]+ \d{4}/);
    await expect(
      page.locator('footer').getByText(/Путеводитель покупателя · .*\/checklists\/open-dispute\//),
    ).toBeVisible();
  });

  test('«пустой бланк» prints every box empty and leaves the ticks alone', async ({ page }) => {
    const list = await openChecklist(page);
    await item(page, 0).check();
    await page.evaluate(() => {
      (window as unknown as { printedBlank: boolean | null }).printedBlank = null;
      window.print = () => {
        (window as unknown as { printedBlank: boolean }).printedBlank =
          document.documentElement.classList.contains('bg-print-blank');
      };
    });
    await list.getByRole('button', { name: 'Распечатать пустой бланк' }).click();
    expect(await page.evaluate(() => (window as unknown as { printedBlank: boolean }).printedBlank)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const mark = await list
      .locator('.cl-box')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(mark).toBe('none');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.documentElement.classList.contains('bg-print-blank'))).toBe(false);
    expect(
      await list
        .locator('.cl-box')
        .first()
        .evaluate((el) => getComputedStyle(el, '::after').content),
    ).toBe('"✓"');
    await page.emulateMedia({ media: 'screen' });
    await expect(item(page, 0)).toBeChecked();

    // The plain print button prints the ticks as they are.
    await list.getByRole('button', { name: 'Распечатать', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printedBlank: boolean }).printedBlank)).toBe(false);
  });

  for (const { id, data } of checklists) {
    test(`${id}: the PDF is at most two A4 pages`, async ({ page }) => {
      await openChecklist(page, `/checklists/${id}/`);
      // Tick everything: the ticked print is the fullest one.
      for (const box of await page.locator('bg-checklist').getByRole('checkbox').all()) await box.check();
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length, data.title).toBeGreaterThanOrEqual(1);
      expect(pages.length, data.title).toBeLessThanOrEqual(2);
    });
  }
});

test('keyboard only: tick every item, then reset, without a mouse', async ({ page }) => {
  const list = await openChecklist(page);
  const items = openDispute.data.groups.flatMap((g) => g.items);
  const focusedItem = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.itemId ?? null);

  // Tab from the top of the page to the first checkbox.
  for (let i = 0; i < 60 && (await focusedItem()) !== items[0]!.id; i++) await page.keyboard.press('Tab');
  expect(await focusedItem()).toBe(items[0]!.id);

  for (const [i, it] of items.entries()) {
    expect(await focusedItem()).toBe(it.id);
    await page.keyboard.press('Space');
    await expect(list.getByRole('checkbox', { name: it.text })).toBeChecked();
    if (i === items.length - 1) break;
    // Past the item's «Подробнее» link, if it has one, to the next checkbox.
    await page.keyboard.press('Tab');
    if (it.link) {
      await expect(page.locator(':focus')).toHaveAttribute('href', it.link);
      await page.keyboard.press('Tab');
    }
  }
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено ${total} из ${total}`);
  await expect(list.locator('[data-cl-live]')).toContainText('Все пункты отмечены.');
  for (const status of await list.locator('[data-cl-status]').all()) await expect(status).toHaveText('Готово');

  // Back up to the reset button and confirm from the keyboard.
  const reset = list.getByRole('button', { name: 'Сбросить отметки' });
  for (let i = 0; i < 60 && !(await reset.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Сбросить отметки?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Да, сбросить' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(list.locator('[data-cl-progress]')).toHaveText(`Выполнено 0 из ${total}`);
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`checklist page and a guide with a checklist, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const pages = [
        ['/checklists/open-dispute/', 'main'],
        ['/problems/delivery-delay/', 'bg-checklist'],
        ['/checklists/', 'main'],
      ];
      for (const [url, scope] of pages as [string, string][]) {
        await page.goto(url);
        if (url !== '/checklists/') {
          await expect(page.locator('bg-checklist[data-ready]').first()).toBeVisible();
          await page.locator('bg-checklist').first().getByRole('checkbox').first().check();
        }
        const result = await axe(page).include(scope).analyze();
        expect(result.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      }
    });
  }
});
