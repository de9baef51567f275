import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, DIST, fileForPath, pageWeight } from './dist.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const contentPages = pages.filter((p) => p.url !== '/404.html');

describe('the built site', () => {
  it('has every route of the information architecture', () => {
    for (const url of [
      '/',
      '/contact/',
      '/prepare/',
      '/disputes/',
      '/escalation/',
      '/problems/',
      '/faq/',
      '/checklists/',
      '/glossary/',
      '/about/',
      '/search/',
      '/tools/deadline/',
      '/tools/message/',
      '/tools/triage/',
      '/404.html',
    ]) {
      expect(byUrl.has(url), url).toBe(true);
    }
    expect(pages.length).toBeGreaterThan(90);
  });

  it('declares Russian on every page', () => {
    expect(pages.filter((p) => p.$('html').attr('lang') !== 'ru').map((p) => p.url)).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and #fragment resolves; every image has its file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const { $ } = page;
      $('a[href], link[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) return;
        const target = new URL(href, `http://site${page.url}`);
        const file = fileForPath(target.pathname);
        if (!file) return void broken.push(`${page.url}: ${href} (no page)`);
        if (target.hash.length > 1) {
          const id = decodeURIComponent(target.hash.slice(1));
          const html = target.pathname === page.url ? page.html : readFileSync(file, 'utf8');
          if (!html.includes(`id="${id}"`)) broken.push(`${page.url}: ${href} (no #${id})`);
        }
      });
      $('img[src], script[src], source[srcset]').each((_, el) => {
        const src = $(el).attr('src') ?? $(el).attr('srcset')!;
        if (src.startsWith('data:')) return;
        if (!fileForPath(new URL(src, `http://site${page.url}`).pathname))
          broken.push(`${page.url}: ${src} (missing file)`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('external links open with rel="noopener noreferrer"', () => {
    const bad = pages.flatMap((p) =>
      p
        .$('a[href^="http"]')
        .filter((_, el) => !/noopener/.test(p.$(el).attr('rel') ?? '') || !/noreferrer/.test(p.$(el).attr('rel') ?? ''))
        .map((_, el) => `${p.url}: ${p.$(el).attr('href')}`)
        .get(),
    );
    expect(bad).toEqual([]);
  });
});

describe('HTML validity', () => {
  it('html-validate finds no errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors.slice(0, 40)).toEqual([]);
  });
});

describe('structured data and SEO', () => {
  const jsonLd = (url: string) =>
    byUrl
      .get(url)!
      .$('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse(byUrl.get(url)!.$(el).text()))
      .get() as { '@type': string; dateModified?: string }[];

  it('JSON-LD parses everywhere and has the right types', () => {
    for (const page of pages) {
      page.$('script[type="application/ld+json"]').each((_, el) => {
        expect(() => JSON.parse(page.$(el).text()), page.url).not.toThrow();
      });
      if (page.$('nav[aria-label="Вы здесь"]').length) {
        expect(
          jsonLd(page.url).map((d) => d['@type']),
          page.url,
        ).toContain('BreadcrumbList');
      }
    }
    const guide = jsonLd('/disputes/open-dispute/').find((d) => d['@type'] === 'Article');
    expect(guide?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(jsonLd('/faq/').map((d) => d['@type'])).toContain('FAQPage');
  });

  it('every guide page carries an Article with dateModified', () => {
    const guides = pages.filter((p) => /^\/(contact|prepare|disputes|escalation|problems)\/[a-z0-9-]+\/$/.test(p.url));
    expect(guides.length).toBeGreaterThanOrEqual(35);
    for (const g of guides)
      expect(
        jsonLd(g.url).some((d) => d['@type'] === 'Article' && d.dateModified),
        g.url,
      ).toBe(true);
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
    const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
    const dupes: string[] = [];
    for (const p of contentPages) {
      const title = p.$('title').text();
      const description = p.$('meta[name="description"]').attr('content') ?? '';
      expect(title, p.url).not.toBe('');
      expect(description.length, `${p.url} description`).toBeGreaterThanOrEqual(50);
      expect(description.length, `${p.url} description`).toBeLessThanOrEqual(170);
      expect(p.$('link[rel="canonical"]').attr('href'), p.url).toMatch(
        new RegExp(`${p.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      expect(p.$('meta[property="og:image"]').attr('content'), p.url).toBeTruthy();
      for (const [key, value] of [
        ['title', title],
        ['description', description],
      ] as const) {
        if (seen[key].has(value)) dupes.push(`${key} of ${p.url} repeats ${seen[key].get(value)}`);
        seen[key].set(value, p.url);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('ships the social image', () => {
    expect(existsSync(path.join(DIST, 'og.png'))).toBe(true);
  });
});

describe('security', () => {
  it('every page has a CSP without unsafe-inline scripts and nothing from other origins', () => {
    for (const p of pages) {
      const csp = p.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, p.url).toMatch(/script-src 'self'/);
      expect(csp, p.url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, p.url).not.toMatch(/https?:\/\//);
      expect(p.html, p.url).not.toMatch(/\son[a-z]+=["']/);
      expect(p.html, p.url).not.toMatch(
        /<(script|img|iframe)[^>]+src=["']https?:\/\/|<link[^>]+rel="(stylesheet|preload|modulepreload|icon)"[^>]+href=["']https?:\/\//,
      );
    }
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
    const bad: string[] = [];
    for (const p of contentPages) {
      const $ = p.$;
      $('main script, main style, main code, main pre, main input, main textarea, main output, main noscript').remove();
      const text = $('main').text();
      if (/"/.test(text)) bad.push(`${p.url}: straight quote «${text.match(/.{0,30}".{0,30}/)?.[0]}»`);
      if (/[\p{L}\d] - [\p{L}\d]/u.test(text))
        bad.push(`${p.url}: hyphen as a dash «${text.match(/.{0,20}[\p{L}\d] - [\p{L}\d].{0,20}/u)?.[0]}»`);
      if (/[\p{L}\d,.»)] —/u.test(text))
        bad.push(`${p.url}: breakable space before a dash «${text.match(/.{0,20}[\p{L}\d,.»)] —.{0,10}/u)?.[0]}»`);
    }
    expect(bad).toEqual([]);
  });
});

describe('size budgets (gzip, before any interaction)', () => {
  const samples = {
    home: '/',
    guide: '/disputes/open-dispute/',
    'guide with checklist': '/problems/delivery-delay/',
    faq: '/faq/',
    'faq entry': '/faq/what-is-dispute/',
    checklist: '/checklists/open-dispute/',
    section: '/disputes/',
    glossary: '/glossary/',
  };
  it('pages stay within 30 KB in total and 10 KB of JavaScript', () => {
    const rows = Object.entries(samples).map(([kind, url]) => {
      const page = byUrl.get(url);
      if (!page) throw new Error(`${url} not built`);
      return { kind, url, ...pageWeight(page) };
    });
    console.table(rows.map((r) => ({ ...r, html: r.html, css: r.css, js: r.js, total: r.total })));
    for (const r of rows) {
      expect(r.total, `${r.url} total gzip bytes`).toBeLessThanOrEqual(30 * 1024);
      expect(r.js, `${r.url} JS gzip bytes`).toBeLessThanOrEqual(10 * 1024);
    }
  });
});
