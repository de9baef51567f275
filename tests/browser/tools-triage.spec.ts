import type { Page } from '@playwright/test';
import { axe, expect, test, violationLines } from './fixtures.ts';
import { allLeaves } from '../../src/features/triage/triage.ts';
import { problemTiles, TRIAGE_TREE, URGENT_DAYS } from '../support/content.ts';
import { PROBLEM_SLUGS } from '../../src/lib/sections.ts';

const stepTitle = (page: Page) => page.locator('#triage-step-title');

test('keyboard only: from the first question to a result, focus on each new heading', async ({ page }) => {
  await page.goto('/tools/triage/');
  await expect(stepTitle(page)).toHaveText('Что случилось с заказом?');
  await expect(page.getByText('Вопрос 1', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Посылка пришла, но что-то не так' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tools\/triage\/\?a=arrived$/);
  await expect(stepTitle(page)).toHaveText('Что не так с посылкой?');
  await expect(stepTitle(page)).toBeFocused();

  // From the focused heading, the next Tab stop is the first answer.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Товар или упаковка повреждены' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?a=arrived\.damaged$/);
  await expect(stepTitle(page)).toHaveText('Вы уже подтвердили получение заказа?');
  await expect(stepTitle(page)).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Нет, ещё не подтверждено' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?a=arrived\.damaged\.no$/);
  await expect(stepTitle(page)).toHaveText('Товар пришёл повреждённым');
  await expect(stepTitle(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Товар пришёл повреждённым — /);

  const stepper = page.locator('[data-stepper]');
  await expect(stepper.getByRole('link', { name: 'Товар пришёл повреждённым' })).toHaveAttribute(
    'href',
    '/problems/damaged/',
  );
  await expect(stepper.getByRole('link', { name: 'Посылка пришла: проверьте до подтверждения' })).toHaveAttribute(
    'href',
    '/checklists/parcel-arrived/',
  );
  await expect(stepper.locator('a[href="/tools/deadline/"]').first()).toBeVisible();
  await expect(stepper.getByText('Срок', { exact: true })).toBeVisible();
});

test('the introduction stands above the first question only, not above later questions and results', async ({
  page,
}) => {
  // With JavaScript the stepper shows the introduction; the page's own copy (for readers without it) is hidden.
  const intro = page.locator('[data-stepper] [data-intro]');
  await page.goto('/tools/triage/');
  await expect(intro).toHaveCount(1);
  await expect(intro).toHaveText(/^Несколько простых вопросов о\sзаказе/);
  await expect(intro).toBeVisible();
  await expect(page.locator('[data-triage-intro]')).toBeHidden();
  // It comes before the first question's heading.
  const introBox = (await intro.boundingBox())!;
  const headingBox = (await stepTitle(page).boundingBox())!;
  expect(introBox.y).toBeLessThan(headingBox.y);

  await page.getByRole('link', { name: 'Посылка пришла, но что-то не так' }).click();
  await expect(stepTitle(page)).toHaveText('Что не так с посылкой?');
  await expect(intro).toBeHidden();
  await page.getByRole('link', { name: 'Товар или упаковка повреждены' }).click();
  await expect(intro).toBeHidden();

  // A shared link straight to a later step or a result has no introduction from the first paint.
  for (const query of ['?a=arrived', '?a=money.refund']) {
    await page.goto(`/tools/triage/${query}`);
    await expect(stepTitle(page)).toBeVisible();
    await expect(intro, query).toHaveCount(0);
    await expect(page.locator('[data-triage-intro]'), query).toBeHidden();
  }
  await page.goBack();
  await page.goto('/tools/triage/');
  await expect(intro).toBeVisible();
});

test('a result leads with its first action and the link that performs it', async ({ page }) => {
  // A damaged box at the counter: what to check before accepting it comes first, not the deadline calculator.
  await page.goto('/tools/triage/');
  await page.getByRole('link', { name: 'Я у стойки или в пункте выдачи, и коробка повреждена' }).click();
  await expect(stepTitle(page)).toHaveText('Повреждённая коробка в пункте выдачи');
  const stepper = page.locator('[data-stepper]');
  const links = stepper.locator('a');
  await expect(links.first()).toHaveAttribute('href', '/checklists/parcel-arrived/');
  await expect(links.first()).toHaveText('Что проверить у стойки, пока посылка не принята');
  const action = stepper.getByText(/^Не\sпринимайте посылку сразу/);
  const actionBox = (await action.boundingBox())!;
  const firstBox = (await links.first().boundingBox())!;
  expect(actionBox.y).toBeLessThan(firstBox.y);
  // On a phone the action and its link are on the first screen.
  await page.setViewportSize({ width: 360, height: 800 });
  expect((await links.first().boundingBox())!.y + firstBox.height).toBeLessThan(800);

  await page.goto('/tools/triage/?a=not-arrived.customs.ending');
  await expect(stepper.locator('a').first()).toHaveAttribute('href', '/disputes/open-dispute/');
});

test('Back and Forward move between questions, and the page keeps up', async ({ page }) => {
  await page.goto('/tools/triage/');
  await page.getByRole('link', { name: 'Посылка ещё не пришла' }).click();
  await page.getByRole('link', { name: 'Посылка застряла на таможне' }).click();
  await page.getByRole('link', { name: new RegExp(`^${URGENT_DAYS}\\sдней или меньше$`) }).click();
  await expect(page).toHaveURL(/\?a=not-arrived\.customs\.ending$/);
  await expect(page.getByText('Срочно!')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?a=not-arrived\.customs$/);
  await expect(stepTitle(page)).toHaveText('Сколько дней осталось на таймере защиты покупателя?');
  await expect(stepTitle(page)).toBeFocused();

  await page.goBack();
  await expect(stepTitle(page)).toHaveText('Что показывает отслеживание посылки?');
  await page.goBack();
  await expect(page).toHaveURL(/\/tools\/triage\/$/);
  await expect(stepTitle(page)).toHaveText('Что случилось с заказом?');

  await page.goForward();
  await expect(stepTitle(page)).toHaveText('Что показывает отслеживание посылки?');

  // The on-page «Назад» link goes to the previous question too, and «Начать заново» to the first.
  await page.getByRole('link', { name: '← Назад' }).click();
  await expect(stepTitle(page)).toHaveText('Что случилось с заказом?');
});

test('a shared result link opens the result directly', async ({ page }) => {
  await page.goto('/tools/triage/?a=money.refund');
  await expect(stepTitle(page)).toHaveText('Деньги за спор не пришли');
  await expect(page.locator('[data-stepper] a[href="/problems/refund-not-received/"]')).toBeVisible();
  await expect(page.getByText('Ваши ответы:')).toBeVisible();
  await page.getByRole('link', { name: 'Начать заново' }).click();
  await expect(page).toHaveURL(/\/tools\/triage\/$/);
});

test('an unknown answer in the link falls back to the last valid question with a note', async ({ page }) => {
  await page.goto('/tools/triage/?a=arrived.teleported');
  await expect(stepTitle(page)).toHaveText('Что не так с посылкой?');
  await expect(page.getByText('Часть ссылки не подошла')).toBeVisible();
  await page.goto('/tools/triage/?a=%3Cimg%20src=x%20onerror=alert(1)%3E');
  await expect(stepTitle(page)).toHaveText('Что случилось с заказом?');
  await expect(page.locator('[data-stepper] img')).toHaveCount(0);
});

test('every leaf shows its guide, checklist and tool', async ({ page }) => {
  test.setTimeout(300_000); // one page per leaf (about 50) on a shared machine
  for (const { keys, result } of allLeaves(TRIAGE_TREE)) {
    await page.goto(`/tools/triage/?a=${keys.join('.')}`);
    const stepper = page.locator('[data-stepper]');
    await expect(stepTitle(page), keys.join('.')).toHaveText(result.title);
    await expect(stepper.locator(`a[href="/${result.guide}/"]`).first()).toBeVisible();
    await expect(stepper.locator(`a[href="/checklists/${result.checklist}/"]`).last()).toBeVisible();
    await expect(stepper.locator('a[data-first]')).toHaveAttribute('href', result.first.href);
    await expect(stepper.locator(`a[href="${result.tool.href}"]`).first()).toBeVisible();
  }
});

test('home tiles start the triage at their situation, and plain links to every problem guide remain', async ({
  page,
}) => {
  await page.goto('/');
  const tiles = page.locator('section[aria-labelledby="problems-title"]');
  for (const tile of problemTiles) {
    await expect(tiles.locator(`a[href="/tools/triage/?a=${tile.triage.join('.')}"]`)).toHaveCount(1);
  }
  // Each tile also links its guide directly (the tiles name 13 situations; the tree reaches every problem guide).
  for (const tile of problemTiles) await expect(tiles.locator(`a[href="/${tile.guide}/"]`)).toHaveCount(1);
  for (const slug of ['order-cancelled', 'pickup-point']) {
    await expect(tiles.locator(`a[href="/problems/${slug}/"]`)).toHaveCount(1);
  }

  await tiles.getByRole('link', { name: /Посылка задерживается/ }).click();
  await expect(page).toHaveURL(/\/tools\/triage\/\?a=not-arrived\.moving$/);
  await expect(stepTitle(page)).toHaveText('Сколько дней осталось на таймере защиты покупателя?');
  await page.getByRole('link', { name: new RegExp(`^Больше ${URGENT_DAYS}\\sдней$`) }).click();
  await expect(page.locator('[data-stepper] a[href="/problems/delivery-delay/"]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole tree is shown as nested lists of links reaching every problem guide', async ({ page }) => {
    await page.goto('/tools/triage/');
    await expect(page.locator('[data-stepper]')).toBeHidden();
    // The introduction once, above the list of situations.
    await expect(page.locator('[data-triage-intro]')).toBeVisible();
    const tree = page.locator('details[data-tree]');
    await expect(tree).toHaveAttribute('open', '');
    await expect(tree.getByText('Что случилось с заказом?')).toBeVisible();
    await expect(tree.locator('ul ul').first()).toBeVisible();
    for (const slug of PROBLEM_SLUGS) {
      await expect(tree.locator(`a[href="/problems/${slug}/"]`).first()).toBeVisible();
    }
    for (const { result } of allLeaves(TRIAGE_TREE)) {
      await expect(tree.locator(`a[href="/checklists/${result.checklist}/"]`).first()).toBeVisible();
    }
    // The rules are there in words.
    await expect(page.locator('#tool-rules-title')).toHaveText('Как это работает');
  });
});

test.describe('a result is accessible in both schemes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(scheme, () => {
      test.use({ colorScheme: scheme, viewport: { width: 360, height: 800 } });
      test(`axe finds nothing on a question and on results (${scheme})`, async ({ page }) => {
        for (const query of ['', '?a=pickup', '?a=not-arrived.customs.ending']) {
          await page.goto(`/tools/triage/${query}`);
          await expect(stepTitle(page)).toBeVisible();
          const { violations } = await axe(page, ['best-practice']).analyze();
          expect(violationLines(violations), query).toEqual([]);
        }
      });
    });
  }
});
