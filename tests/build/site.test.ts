import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages, DIST, fileForPath, pageWeight } from './dist.ts';
import { STATIC_ROUTES } from '../support/references.ts';
import {
  brokenLinks,
  htmlErrors,
  metaProblems,
  securityProblems,
  structuredDataProblems,
  typographyProblems,
  unsafeExternalLinks,
  type Site,
} from './gates.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const contentPages = pages.filter((p) => p.url !== '/404.html');
const resolved = new Map<string, string | null>();
const site: Site = {
  pages,
  // Many links point at the same few pages: read each target once.
  resolve: (urlPath) => {
    if (!resolved.has(urlPath)) {
      const file = fileForPath(urlPath);
      resolved.set(urlPath, file === null ? null : file.endsWith('.html') ? readFileSync(file, 'utf8') : '');
    }
    return resolved.get(urlPath)!;
  },
};
const contentSite: Site = { ...site, pages: contentPages };

describe('the built site', () => {
  it('has every route of the information architecture', () => {
    for (const url of [...STATIC_ROUTES, '/404.html']) {
      expect(byUrl.has(url), url).toBe(true);
    }
    expect(pages.length).toBeGreaterThan(90);
  });

  it('declares Russian on every page', () => {
    expect(pages.filter((p) => p.$('html').attr('lang') !== 'ru').map((p) => p.url)).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and #fragment resolves; every image and script has its file', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('external links open with rel="noopener noreferrer"', () => {
    expect(unsafeExternalLinks(site)).toEqual([]);
  });
});

describe('HTML validity', () => {
  it('html-validate finds no errors on any page', async () => {
    expect((await htmlErrors(site)).slice(0, 40)).toEqual([]);
  });
});

describe('structured data and SEO', () => {
  it('JSON-LD parses everywhere and has the right types', () => {
    expect(structuredDataProblems(site)).toEqual([]);
    expect(
      pages.filter((p) => /^\/(contact|prepare|disputes|escalation|problems)\/[a-z0-9-]+\/$/.test(p.url)).length,
    ).toBeGreaterThanOrEqual(35);
  });

  it('the sitemap lists every page and robots.txt points to it', () => {
    const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const listed = new Set(
      maps.flatMap((m) =>
        [...readFileSync(path.join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
          (x) => new URL(x[1]!).pathname,
        ),
      ),
    );
    expect(contentPages.map((p) => p.url).filter((u) => !listed.has(u))).toEqual([]);
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m,
    );
  });

  it('titles, descriptions and canonicals are present and unique', () => {
    expect(metaProblems(contentSite)).toEqual([]);
  });

  it('ships the social image', () => {
    expect(existsSync(path.join(DIST, 'og.png'))).toBe(true);
  });
});

describe('security', () => {
  it('every page has a CSP without unsafe-inline scripts and nothing from other origins', () => {
    expect(securityProblems(site)).toEqual([]);
  });

  it('_headers carries the merged policy, frame-ancestors and the other headers', () => {
    const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(
      /Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    expect(headers).toMatch(/frame-ancestors 'none'/);
    for (const h of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:'])
      expect(headers).toContain(h);
  });
});

describe('typography in the built pages', () => {
  it('prose has no straight quotes or hyphen-dashes, and em dashes are bound to the word before', () => {
    expect(typographyProblems(contentSite)).toEqual([]);
  });
});

describe('size budgets (gzip, before any interaction)', () => {
  const budgeted = pages.filter((p) =>
    /^\/$|^\/(contact|prepare|disputes|escalation|problems)\/[a-z0-9-]+\/$|^\/faq\/|^\/checklists\/|^\/updates\/$|^\/about\/facts\/$/.test(
      p.url,
    ),
  );

  // /faq/ is the one page that holds every answer (75+ of them, in <details>), not an article: its budget grows
  // with the number of questions, so it gets its own ceiling; every single-answer page keeps the article budget.
  const totalBudget = (url: string) => (url === '/faq/' ? 45 * 1024 : 30 * 1024);

  it('home, every guide, FAQ page, checklist and /updates/ stay within 30 KB in total (the all-answers /faq/ 45 KB) and 10 KB of JavaScript', () => {
    const rows = budgeted.map((page) => ({ url: page.url, ...pageWeight(page) }));
    const heaviest = (key: 'total' | 'js') => [...rows].sort((a, b) => b[key] - a[key]).slice(0, 5);
    console.table([...new Map([...heaviest('total'), ...heaviest('js')].map((r) => [r.url, r])).values()]);
    expect(rows.length).toBeGreaterThan(100);
    const over = rows
      .filter((r) => r.total > totalBudget(r.url) || r.js > 10 * 1024)
      .map((r) => `${r.url}: ${r.total} B, JS ${r.js} B`);
    expect(over).toEqual([]);
  });
});
