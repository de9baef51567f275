/**
 * The one Playwright fixture every spec uses: `test` watches every page of the test's browser context and fails
 * the test on a console error, an uncaught exception, an unexpected dialog, a failed request to our origin, any
 * request to another origin or a CSP violation (see fixtures-core.mjs, shared with bench/ and scripts/).
 * A test that plants problems on purpose turns it off with `test.use({ watch: { enabled: false } })`; one that
 * expects some (offline) passes `ignore`.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { AXE_TAGS, allPagePaths, PAGE_TYPES, problemLines, watchContext, type PageProblems } from './fixtures-core.mjs';

export { expect, AXE_TAGS, allPagePaths, PAGE_TYPES, problemLines, watchContext, type PageProblems };

/** axe-core on the page with the WCAG 2.2 AA tags (and any extra tags, e.g. best-practice). */
export function axe(page: Page, extraTags: string[] = []): AxeBuilder {
  return new AxeBuilder({ page }).withTags([...AXE_TAGS, ...extraTags]);
}

/** axe's violations as one readable line each («rule: selector, selector»), for `toEqual([])`. */
export function violationLines(violations: { id: string; nodes: { target: unknown[] }[] }[]): string[] {
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface WatchOptions {
  enabled: boolean;
  /** Console lines and request failures the test expects (e.g. offline). */
  ignore?: RegExp;
  /** The site's origin when a test serves it elsewhere than baseURL. */
  origin?: string;
}

export const test = base.extend<{ watch: WatchOptions; problems: PageProblems }>({
  watch: [{ enabled: true }, { option: true }],
  problems: [
    async ({ context, baseURL, watch }, use) => {
      const origin = watch.origin ?? new URL(baseURL!).origin;
      const problems = await watchContext(context, { origin, ignore: watch.ignore });
      await use(problems);
      if (watch.enabled) expect(problemLines(problems), 'problems on the pages of this test').toEqual([]);
    },
    { auto: true },
  ],
});
