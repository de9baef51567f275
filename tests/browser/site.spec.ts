import { allPagePaths, axe, expect, PAGE_TYPES, test } from './fixtures.ts';

const pages = allPagePaths();

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every page in the ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      // The fixture fails the test on any console error, failed or foreign request, or CSP violation.
      test(`${path} is accessible and clean`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await axe(page, ['best-practice']).analyze();
        const violations = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(violations, `axe on ${path}`).toEqual([]);
      });
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path} shows its main content`, async ({ page }) => {
      await page.goto(path);
      const main = page.locator('main#main');
      await expect(main).toBeVisible();
      await expect(main.locator('h1')).toBeVisible();
      expect((await main.innerText()).length).toBeGreaterThan(200);
    });
  }
});

test.describe('keyboard', () => {
  for (const [kind, path] of Object.entries(PAGE_TYPES)) {
    test(`${kind}: the skip link comes first and focus stays visible and moves on`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();

      // Tab through the page: focus must keep moving to new elements (no trap) and always be visible.
      const seen = new Set<string>();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            key: `${el.tagName}:${el.id}:${el.getAttribute('href') ?? ''}:${el.textContent?.slice(0, 30)}:${Math.round(rect.top + scrollY)}`,
            visibleFocus: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
            inDialog: Boolean(el.closest('dialog[open]')),
          };
        });
        if (!info) break;
        expect(info.visibleFocus, `focus visible on ${info.key}`).toBe(true);
        expect(info.inDialog).toBe(false);
        seen.add(info.key);
      }
      expect(seen.size).toBeGreaterThan(5);
    });
  }
});

test.describe('phone width (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const [kind, path] of Object.entries(PAGE_TYPES)) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${kind} (${scheme}) has no sideways scroll`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }

  test('every header control lies whole inside the screen (the theme choice shrinks to an icon)', async ({ page }) => {
    await page.goto('/');
    const controls = page.locator('header > div').first().locator('a, button, label');
    const count = await controls.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const box = await controls.nth(i).boundingBox();
      expect(box, `header control ${i}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `header control ${i} right edge`).toBeLessThanOrEqual(360);
    }
  });
});

test.describe('guide pages', () => {
  test('show breadcrumbs, a summary, the checked date and a table of contents', async ({ page }) => {
    await page.goto('/disputes/open-dispute/');
    const crumbs = page.getByRole('navigation', { name: 'Вы здесь' });
    await expect(crumbs.getByRole('link', { name: 'Главная' })).toBeVisible();
    await expect(crumbs.getByRole('link', { name: 'Споры и возврат денег' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Коротко' })).toBeVisible();
    await expect(page.locator('time[datetime]').first()).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'Содержание' });
    await expect(toc).toBeVisible();
    const first = toc.getByRole('link').first();
    const target = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(target!)}$`));
  });

  test('a phone shows the table of contents collapsed, and it opens', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/disputes/open-dispute/');
    const toc = page.locator('details', { has: page.locator('summary', { hasText: 'Содержание' }) });
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.locator('summary').click();
    await expect(toc).toHaveAttribute('open', '');
    await expect(toc.getByRole('link').first()).toBeVisible();
  });
});

test.describe('theme', () => {
  test.describe('with scripts blocked on purpose', () => {
    // The test aborts every bundled script to prove the inline head script alone sets the theme.
    test.use({ watch: { enabled: true, ignore: /net::ERR_FAILED/ } });
    test('light, dark and back to the system: remembered, applied before any bundled script runs', async ({
      page,
      context,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('/');
      const theme = page.getByRole('combobox', { name: 'Тема' });
      await expect(theme).toHaveValue('system');
      await theme.selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

      // No flash: with every bundled script blocked, only the inline head script can set the theme.
      await context.route('**/*.js', (route) => route.abort());
      await page.goto('/faq/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(16, 21, 28)');
      await context.unroute('**/*.js');

      await page.goto('/');
      await expect(theme).toHaveValue('dark');
      await theme.selectOption('system');
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await expect(theme).toHaveValue('system');
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 21, 28)');
    });
  });

  test('a corrupt stored value means the system theme', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('bg:v1:theme', '{broken'));
    await page.goto('/');
    await expect(page.getByRole('combobox', { name: 'Тема' })).toHaveValue('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  });

  // The fixture fails the test on any page error.
  test('unavailable storage leaves the system theme and no error', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new Error('denied');
        },
      });
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Тема' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('print', () => {
  test('hides the site chrome, opens FAQ answers and prints link addresses', async ({ page }) => {
    await page.goto('/faq/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('.skip-link')).toBeHidden();
    const answer = page.locator('details.bg-faq').first().locator('p').first();
    await expect(answer).toBeVisible();
    const link = page.locator('main details.bg-faq a[href^="/"]').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((a) => {
      const style = getComputedStyle(a, '::after');
      return { content: style.content, gap: parseFloat(style.marginInlineStart) };
    });
    // The address in brackets, set off from the link text by a margin (a space would be lost at a line start).
    expect(after.content).toBe(`"(${href})"`);
    expect(after.gap).toBeGreaterThan(0);
  });

  test('the print event opens every closed details and restores them after', async ({ page }) => {
    await page.goto('/faq/');
    const closedBefore = await page.locator('details:not([open])').count();
    expect(closedBefore).toBeGreaterThan(10);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('details:not([open])')).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('details:not([open])')).toHaveCount(closedBefore);
  });
});

test('/faq/#slug opens that question', async ({ page }) => {
  await page.goto('/faq/#what-is-dispute');
  await expect(page.locator('details#what-is-dispute')).toHaveAttribute('open', '');
});

test.describe('the gates themselves can fail', () => {
  test.use({ watch: { enabled: false } });
  test('the watcher records console errors, CSP violations and blocked foreign requests', async ({
    page,
    problems,
  }) => {
    await page.goto('/about/');
    await page.evaluate(() => {
      console.error('planted error');
      const script = document.createElement('script');
      script.textContent = 'window.planted = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'http://127.0.0.2:9/planted.png';
      img.alt = '';
      document.body.append(img);
    });
    await expect.poll(() => problems.csp.length).toBeGreaterThanOrEqual(2);
    expect(problems.console.some((m) => m.includes('planted error'))).toBe(true);
    expect(problems.csp.join('\n')).toMatch(/script-src/);
    expect(problems.csp.join('\n')).toMatch(/img-src.*127\.0\.0\.2/);
    expect(await page.evaluate(() => (window as unknown as { planted?: number }).planted)).toBeUndefined();
  });

  test('axe reports a planted violation', async ({ page }) => {
    await page.goto('/about/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')!.append(img);
    });
    const results = await axe(page, ['best-practice']).analyze();
    expect(results.violations.map((v) => v.id)).toContain('image-alt');
  });
});
