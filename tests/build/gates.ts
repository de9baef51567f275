import * as cheerio from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import path from 'node:path';

/**
 * The checks that guard every built page, as functions over a `Site` so they can be run on dist/ and,
 * with small broken fixtures, proven able to fail (tests/unit/gates.test.ts).
 */
export interface SitePage {
  url: string;
  html: string;
}
export interface Site {
  pages: SitePage[];
  /** The HTML served for a site path, '' for a file that exists but is not HTML, null when nothing is there. */
  resolve(urlPath: string): string | null;
}

const load = (html: string) => cheerio.load(html);

export function brokenLinks(site: Site): string[] {
  const broken: string[] = [];
  for (const page of site.pages) {
    const $ = load(page.html);
    $('a[href], link[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) return;
      const target = new URL(href, `http://site${page.url}`);
      const html = target.pathname === page.url ? page.html : site.resolve(target.pathname);
      if (html === null) return void broken.push(`${page.url}: ${href} (no page)`);
      if (target.hash.length > 1) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!html.includes(`id="${id}"`)) broken.push(`${page.url}: ${href} (no #${id})`);
      }
    });
    $('img[src], script[src]').each((_, el) => {
      const src = $(el).attr('src')!;
      if (src.startsWith('data:')) return;
      if (site.resolve(new URL(src, `http://site${page.url}`).pathname) === null) {
        broken.push(`${page.url}: ${src} (missing file)`);
      }
    });
  }
  return broken;
}

export function unsafeExternalLinks(site: Site): string[] {
  return site.pages.flatMap((p) => {
    const $ = load(p.html);
    return $('a[href^="http"]')
      .filter((_, el) => {
        const rel = $(el).attr('rel') ?? '';
        return !/\bnoopener\b/.test(rel) || !/\bnoreferrer\b/.test(rel);
      })
      .map((_, el) => `${p.url}: ${$(el).attr('href')}`)
      .get();
  });
}

export async function htmlErrors(site: Site): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of site.pages) {
    // A file name inside the project, so the validator finds .htmlvalidate.json.
    const report = await validator.validateString(page.html, path.join(process.cwd(), 'dist', page.url, 'index.html'));
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}

type LdNode = { '@type'?: string; dateModified?: string };

export function jsonLdOf(html: string): LdNode[] {
  const $ = load(html);
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()) as LdNode)
    .get();
}

const GUIDE_URL = /^\/(contact|prepare|disputes|escalation|problems)\/[a-z0-9-]+\/$/;

/** JSON-LD parses; breadcrumbs come with BreadcrumbList; guides carry Article with dateModified; /faq/ a FAQPage. */
export function structuredDataProblems(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    let data: LdNode[];
    try {
      data = jsonLdOf(page.html);
    } catch (error) {
      problems.push(`${page.url}: JSON-LD does not parse (${(error as Error).message})`);
      continue;
    }
    const types = data.map((d) => d['@type']);
    if (load(page.html)('nav[aria-label="Вы здесь"]').length && !types.includes('BreadcrumbList')) {
      problems.push(`${page.url}: breadcrumbs without BreadcrumbList`);
    }
    if (
      GUIDE_URL.test(page.url) &&
      !data.some((d) => d['@type'] === 'Article' && /^\d{4}-\d{2}-\d{2}/.test(d.dateModified ?? ''))
    ) {
      problems.push(`${page.url}: guide without an Article carrying dateModified`);
    }
    if (page.url === '/faq/' && !types.includes('FAQPage')) problems.push('/faq/: no FAQPage');
  }
  return problems;
}

/** Titles and descriptions present, within length, unique; canonical points at the page; a social image. */
export function metaProblems(site: Site): string[] {
  const problems: string[] = [];
  const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
  for (const p of site.pages) {
    const $ = load(p.html);
    const title = $('title').text();
    const description = $('meta[name="description"]').attr('content') ?? '';
    if (!title) problems.push(`${p.url}: no title`);
    if (description.length < 50 || description.length > 170) {
      problems.push(`${p.url}: description of ${description.length} characters (50–170)`);
    }
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    if (!canonical.endsWith(p.url)) problems.push(`${p.url}: canonical ${canonical || 'missing'}`);
    if (!$('meta[property="og:image"]').attr('content')) problems.push(`${p.url}: no og:image`);
    for (const [key, value] of [
      ['title', title],
      ['description', description],
    ] as const) {
      if (seen[key].has(value)) problems.push(`${key} of ${p.url} repeats ${seen[key].get(value)}`);
      seen[key].set(value, p.url);
    }
  }
  return problems;
}

/** A CSP meta without unsafe-inline scripts or other origins; no inline handlers; nothing loaded from elsewhere. */
export function securityProblems(site: Site): string[] {
  const problems: string[] = [];
  for (const p of site.pages) {
    const csp = load(p.html)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    if (!/script-src 'self'/.test(csp)) problems.push(`${p.url}: no CSP with script-src 'self'`);
    if (/script-src[^;]*'unsafe-inline'/.test(csp)) problems.push(`${p.url}: CSP allows inline scripts`);
    if (/https?:\/\//.test(csp)) problems.push(`${p.url}: CSP names another origin`);
    if (/<[^>]+\son[a-z]+=["']/.test(p.html)) problems.push(`${p.url}: inline event handler`);
    if (
      /<(script|img|iframe)[^>]+src=["']https?:\/\/|<link[^>]+rel="(stylesheet|preload|modulepreload|icon)"[^>]+href=["']https?:\/\//.test(
        p.html,
      )
    ) {
      problems.push(`${p.url}: loads a resource from another origin`);
    }
  }
  return problems;
}

/** Prose in <main>: no straight quotes, no hyphen standing in for a dash, no breakable space before a dash. */
export function typographyProblems(site: Site): string[] {
  const bad: string[] = [];
  for (const p of site.pages) {
    const $ = load(p.html);
    $('main script, main style, main code, main pre, main input, main textarea, main output, main noscript').remove();
    const text = $('main').text();
    const quote = text.match(/.{0,30}".{0,30}/)?.[0];
    if (quote) bad.push(`${p.url}: straight quote «${quote}»`);
    const hyphen = text.match(/.{0,20}[\p{L}\d"»),.] - [\p{L}\d«"(].{0,20}/u)?.[0];
    if (hyphen) bad.push(`${p.url}: hyphen as a dash «${hyphen}»`);
    const dash = text.match(/.{0,20}[\p{L}\d,.»)] —.{0,10}/u)?.[0];
    if (dash) bad.push(`${p.url}: breakable space before a dash «${dash}»`);
  }
  return bad;
}
