import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  brokenLinks,
  htmlErrors,
  metaProblems,
  securityProblems,
  structuredDataProblems,
  typographyProblems,
  unsafeExternalLinks,
  type Site,
  type SitePage,
} from '../build/gates.ts';
import { pageWeight, gzipSize } from '../../scripts/page-weight.mjs';

/** Each gate over dist/ is shown failing on a small broken page, so a green run means something. */
const CSP = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'; style-src 'self'">`;
function page(url: string, body: string, head = ''): SitePage {
  return {
    url,
    html: `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>T ${url}</title>${CSP}${head}</head><body><main>${body}</main></body></html>`,
  };
}
function siteOf(...pages: SitePage[]): Site {
  const map = new Map(pages.map((p) => [p.url, p.html]));
  return { pages, resolve: (u) => map.get(u) ?? (u === '/img.png' ? '' : null) };
}

describe('links gate', () => {
  it('passes resolved links and fragments, fails dangling ones', () => {
    const ok = siteOf(page('/', '<a href="/a/#x">a</a><img src="/img.png" alt="">'), page('/a/', '<h2 id="x">x</h2>'));
    expect(brokenLinks(ok)).toEqual([]);
    const bad = siteOf(
      page('/', '<a href="/nope/">n</a><a href="/a/#y">y</a><img src="/gone.png" alt="">'),
      page('/a/', ''),
    );
    expect(brokenLinks(bad)).toEqual(['/: /nope/ (no page)', '/: /a/#y (no #y)', '/: /gone.png (missing file)']);
  });

  it('fails an external link without noopener noreferrer', () => {
    expect(unsafeExternalLinks(siteOf(page('/', '<a href="https://example.org/">e</a>')))).toEqual([
      '/: https://example.org/',
    ]);
    expect(
      unsafeExternalLinks(siteOf(page('/', '<a href="https://example.org/" rel="noopener noreferrer">e</a>'))),
    ).toEqual([]);
  });
});

describe('HTML gate', () => {
  it('reports invalid markup', async () => {
    const errors = await htmlErrors(siteOf(page('/', '<p><div>nested</div></p><img src="/img.png">')));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/wcag\/h37|element-required-attributes|alt/);
  });
});

describe('structured data gate', () => {
  it('fails broken JSON-LD, breadcrumbs without BreadcrumbList, a guide without Article, /faq/ without FAQPage', () => {
    const ld = (o: string) => `<script type="application/ld+json">${o}</script>`;
    const problems = structuredDataProblems(
      siteOf(
        page('/a/', '', ld('{oops')),
        page('/b/', '<nav aria-label="Вы здесь"></nav>'),
        page('/disputes/open-dispute/', '', ld('{"@type":"Article"}')),
        page('/faq/', '', ld('{"@type":"WebPage"}')),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^\/a\/: JSON-LD does not parse/),
      '/b/: breadcrumbs without BreadcrumbList',
      '/disputes/open-dispute/: guide without an Article carrying dateModified',
      '/faq/: no FAQPage',
    ]);
  });
});

describe('meta gate', () => {
  it('fails short descriptions, wrong canonicals and duplicates', () => {
    const head = (d: string, c: string) =>
      `<meta name="description" content="${d}"><link rel="canonical" href="${c}"><meta property="og:image" content="/og.png">`;
    const long = 'Описание страницы достаточно длинное, чтобы пройти проверку на длину описания.';
    const problems = metaProblems(
      siteOf(
        { url: '/a/', html: `<html><head><title>Same</title>${head(long, 'http://x/a/')}</head></html>` },
        { url: '/b/', html: `<html><head><title>Same</title>${head('Коротко', 'http://x/a/')}</head></html>` },
      ),
    );
    expect(problems).toEqual([
      '/b/: description of 7 characters (50–170)',
      '/b/: canonical http://x/a/',
      'title of /b/ repeats /a/',
    ]);
  });
});

describe('security gate', () => {
  it('fails unsafe-inline, inline handlers and foreign resources', () => {
    const bad: SitePage = {
      url: '/',
      html: `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline' https://cdn.example"><script src="https://cdn.example/a.js"></script></head><body><button onclick="x()">x</button></body></html>`,
    };
    expect(securityProblems(siteOf(bad))).toEqual([
      '/: CSP allows inline scripts',
      '/: CSP names another origin',
      '/: inline event handler',
      '/: loads a resource from another origin',
    ]);
    expect(securityProblems(siteOf(page('/', '<p>ok</p>')))).toEqual([]);
  });
});

describe('typography gate', () => {
  it('fails straight quotes, hyphen-dashes and breakable spaces before a dash', () => {
    const problems = typographyProblems(siteOf(page('/', '<p>Нажмите "Открыть" - это спор — быстро</p>')));
    expect(problems.map((p) => p.replace(/ «.*$/, ''))).toEqual([
      '/: straight quote',
      '/: hyphen as a dash',
      '/: breakable space before a dash',
    ]);
    expect(typographyProblems(siteOf(page('/', '<p>Нажмите «Открыть»\u00a0— это спор</p>')))).toEqual([]);
  });
});

describe('page weight (the budget measure)', () => {
  it('counts HTML, stylesheets, module scripts with their static imports and inline scripts, not dynamic imports', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'bg-weight-'));
    mkdirSync(path.join(dist, '_astro'));
    const files = {
      'a.css': 'body{color:red}'.repeat(20),
      'entry.js': 'import"./dep.js";const later=()=>import("./lazy.js");later;',
      'dep.js': 'export const dep = 1;'.repeat(10),
      'lazy.js': 'export const huge = "' + 'x'.repeat(5000) + '";',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, '_astro', name), text);
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/a.css"><script>var inline=1</script><script type="module" src="/_astro/entry.js"></script></head></html>';
    const weight = pageWeight(dist, html);
    expect(weight.css).toBe(gzipSize(files['a.css']));
    expect(weight.js).toBe(gzipSize(files['entry.js']) + gzipSize(files['dep.js']) + gzipSize('var inline=1'));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });
});
