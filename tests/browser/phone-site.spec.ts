import { allPagePaths, expect, test } from './fixtures.ts';

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
    const [first = -1, second = -1] = tops;
    expect(Math.abs(second - first)).toBeLessThan(12);
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

test.describe('static triage list without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });

  test('starts with a jump to every branch, and each jump lands on its branch', async ({ page }) => {
    await page.goto('/tools/triage/');
    const jumps = page.locator('[data-tree] nav a');
    const count = await jumps.count();
    expect(count).toBeGreaterThan(3);
    const firstTop = await jumps.first().evaluate((a) => a.getBoundingClientRect().top + scrollY);
    expect(firstTop).toBeLessThan(1600);
    const last = jumps.last();
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await expect(page.locator(target)).toBeInViewport();
  });
});

test.describe('guide sections', () => {
  test('every guide h2 has one self-link, named once, shown on focus, and /x/#section lands there', async ({
    page,
  }) => {
    await page.goto('/disputes/open-dispute/');
    const h2s = page.locator('.prose-guide > h2[id]');
    const n = await h2s.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      const h2 = h2s.nth(i);
      const id = (await h2.getAttribute('id'))!;
      const link = h2.locator('a.section-link');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link).toHaveAccessibleName('Ссылка на раздел');
    }
    const link = h2s.nth(1).locator('a.section-link');
    await expect(link).toHaveCSS('opacity', '0');
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    const id = (await h2s.nth(1).getAttribute('id'))!;
    await page.goto(`/disputes/open-dispute/#${encodeURIComponent(id)}`);
    await expect(h2s.nth(1)).toBeInViewport();
  });
});

test.describe('print', () => {
  test('link addresses after a gap in small type, cards kept whole, an embedded checklist once and compact', async ({
    page,
  }) => {
    await page.goto('/problems/delivery-delay/');
    await page.emulateMedia({ media: 'print' });
    const after = await page
      .locator('main .prose-guide a[href^="/"]')
      .first()
      .evaluate((a) => {
        const s = getComputedStyle(a, '::after');
        return {
          content: s.content,
          margin: parseFloat(s.marginInlineStart),
          size: parseFloat(s.fontSize),
          base: parseFloat(getComputedStyle(a).fontSize),
        };
      });
    expect(after.content).toMatch(/^"\(/);
    expect(after.margin).toBeGreaterThan(0);
    expect(after.size).toBeLessThan(after.base);
    await expect(page.locator('main .card').first()).toHaveCSS('break-inside', 'avoid');
    await expect(page.locator('main .section-link').first()).toBeHidden();
    // The checklist is printed once: one visible title, and its items are compact.
    const titles = await page
      .locator('main .cl-title')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).length);
    expect(titles).toBe(1);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});
