import { test, expect } from '@playwright/test';
import { allPagePaths } from './pages.ts';

const pages = allPagePaths();

test.describe('phone typography at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('no heading word is split across two lines on any page', async ({ page }) => {
    test.setTimeout(600_000);
    const broken: string[] = [];
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const h of document.querySelectorAll('main h1, main h2, main h3')) {
          if (!(h as HTMLElement).offsetParent) continue;
          const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if ((node.parentElement as HTMLElement).closest('.sr-only')) continue;
            const text = node.textContent ?? '';
            // A word: letters and digits only (a line may break after a hyphen or a dash by design).
            for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = new Set(
                [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
              );
              if (tops.size > 1) out.push(`${h.tagName} «${m[0]}» in «${h.textContent?.trim()}»`);
            }
          }
        }
        return out;
      });
      broken.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(broken).toEqual([]);
  });

  test('breadcrumbs keep «Главная» with the next crumb', async ({ page }) => {
    await page.goto('/escalation/rospotrebnadzor/');
    const items = page.getByRole('navigation', { name: 'Вы здесь' }).getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    const tops = await items.evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent)
        .map((e) => {
          // Top of the first line box of each crumb's text.
          const range = document.createRange();
          range.selectNodeContents(e);
          return Math.round([...range.getClientRects()].find((r) => r.width > 1)?.top ?? -1);
        }),
    );
    // The first crumb never sits alone on its line: the next crumb starts on the same line.
    expect(tops.length).toBeGreaterThan(1);
    expect(Math.abs(tops[1] - tops[0])).toBeLessThan(12);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('no page shows a button or form control that needs JavaScript', async ({ page }) => {
    test.setTimeout(600_000);
    const dead: string[] = [];
    for (const path of pages) {
      await page.goto(path, { waitUntil: 'load' });
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('button, input[type="button"], input[type="search"], select, [role="button"]')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
            // A submit button of a form that goes somewhere works without JavaScript.
            const form = (el as HTMLButtonElement).form;
            return !(form && form.getAttribute('action'));
          })
          .map((el) => `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 40)}»`),
      );
      dead.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(dead).toEqual([]);
  });
});
