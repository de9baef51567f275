import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { builtPages, DIST } from './dist.ts';
import { buildFixture, prepareFixture } from './fixture-build.ts';

const GUIDE_URL = /^\/(contact|prepare|disputes|escalation|problems)\/[a-z0-9-]+\/$/;
const FEEDBACK_PAGE = (url: string) => GUIDE_URL.test(url) || /^\/faq\/[a-z0-9-]+\/$|^\/tools\/[a-z]+\/$/.test(url);
const pages = builtPages();

describe('this build: no feedback channel, maintainer or repository configured (content/site.yaml ships none)', () => {
  it('no page shows a feedback or edit link, and none promises one', () => {
    expect(pages.filter((p) => p.$('[data-feedback], [data-page-feedback]').length).map((p) => p.url)).toEqual([]);
    expect(pages.filter((p) => /сообщить-об-ошибке|появится на этой странице/.test(p.html)).map((p) => p.url)).toEqual(
      [],
    );
    const about = pages.find((p) => p.url === '/about/')!;
    expect(about.$('#feedback, #maintainer').length).toBe(0);
  });

  it('_headers: hashed files a year and immutable, pages revalidated, one Cache-Control per path', () => {
    const text = readFileSync(path.join(DIST, '_headers'), 'utf8');
    const rule = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.*]/g, '\\$&')}\\n {2}Cache-Control: ([^\\n]+)$`, 'm').exec(text)?.[1];
    expect(rule('/_astro/*')).toBe('public, max-age=31536000, immutable');
    expect(rule('/pagefind/fragment/*')).toBe('public, max-age=31536000, immutable');
    expect(rule('/pagefind/index/*')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/404.html', '/disputes/*', '/faq/*', '/updates/*', '/pagefind/pagefind.js'])
      expect(rule(p), p).toBe('public, max-age=0, must-revalidate');
    expect(text.match(/^\/\*\n(?: {2}.+\n)+/m)?.[0]).not.toMatch(/Cache-Control/);
  });

  it('text files have precompressed .gz and .br copies that decode to the file', () => {
    const html = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const missing = html.filter(
      (f) => !existsSync(path.join(DIST, `${f}.gz`)) || !existsSync(path.join(DIST, `${f}.br`)),
    );
    expect(missing).toEqual([]);
    const file = path.join(DIST, 'disputes/open-dispute/index.html');
    const body = readFileSync(file);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(body)).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(body)).toBe(true);
    const css = readdirSync(path.join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    expect(existsSync(path.join(DIST, '_astro', `${css}.gz`))).toBe(true);
  });

  it('nginx.conf is generated from the same rules: every _headers pattern has its location', () => {
    const conf = readFileSync(path.join(DIST, 'nginx.conf'), 'utf8');
    const patterns = [...readFileSync(path.join(DIST, '_headers'), 'utf8').matchAll(/^(\/\S*)$/gm)].map((m) => m[1]!);
    for (const p of patterns) expect(conf, p).toContain(`# ${p}\nlocation `);
    expect(conf).toContain('gzip_static on;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toMatch(/add_header Content-Security-Policy "default-src 'self';[^"]*frame-ancestors 'none'" always;/);
  });

  it('the sitemap gives each guide the date its page shows as «Обновлено»', () => {
    const xml = readdirSync(DIST)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(DIST, f), 'utf8'))
      .join('');
    const lastmod = new Map(
      [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [
        new URL(m[1]!).pathname,
        m[2]!,
      ]),
    );
    const guides = pages.filter((p) => GUIDE_URL.test(p.url));
    expect(guides.length).toBeGreaterThan(30);
    for (const g of guides)
      expect(lastmod.get(g.url)?.slice(0, 10), g.url).toBe(g.$('article time').first().attr('datetime'));
    expect(lastmod.has('/about/')).toBe(true);
  });

  it('/updates/ lists every guide once, newest first, with dates; the feed has the same items', () => {
    const page = pages.find((p) => p.url === '/updates/')!;
    const dates = page
      .$('main h2 time')
      .map((_, t) => page.$(t).attr('datetime')!)
      .get();
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
    const links = page
      .$('main section li a')
      .map((_, a) => page.$(a).attr('href')!)
      .get();
    const guides = pages.filter((p) => GUIDE_URL.test(p.url)).map((p) => p.url);
    expect([...links].sort()).toEqual([...guides].sort());
    expect(page.$('a[href="/updates/feed.xml"]').length).toBe(1);

    const feed = cheerio.load(readFileSync(path.join(DIST, 'updates/feed.xml'), 'utf8'), { xml: true });
    const items = feed('item');
    expect(items.length).toBe(links.length);
    const feedLinks = items.map((_, i) => new URL(feed(i).find('link').text()).pathname).get();
    expect(feedLinks).toEqual(links);
    const pubDates = items.map((_, i) => Date.parse(feed(i).find('pubDate').text())).get();
    expect(pubDates.every((d, i) => i === 0 || d <= pubDates[i - 1]!)).toBe(true);
    expect(
      items
        .map((_, i) => feed(i).find('guid').length)
        .get()
        .every((n) => n === 1),
    ).toBe(true);
  });

  it('the home page and /updates/ announce the feed in their head', () => {
    const announcing = pages
      .filter(
        (p) => p.$('head link[rel="alternate"][type="application/rss+xml"][href="/updates/feed.xml"]').length === 1,
      )
      .map((p) => p.url);
    expect(announcing).toEqual(['/', '/updates/']);
  });
});

describe('a build with SITE_URL, FEEDBACK_URL, SOURCE_URL and a maintainer (the fixture content)', () => {
  const SITE = 'https://example.org';
  const TRACKER = 'https://tracker.example.org/o/r/issues/new';
  const REPO = 'https://git.example.org/o/r';
  let work = '';
  let out = '';
  let built: { url: string; html: string; $: cheerio.CheerioAPI }[] = [];
  let release = { ok: true, output: '' };
  let badField = { ok: true, output: '' };

  beforeAll(async () => {
    const fixture = prepareFixture();
    work = fixture.work;
    const siteYaml = path.join(fixture.root, 'site.yaml');
    const original = readFileSync(siteYaml, 'utf8');
    // Both failures stop while the configuration loads, before any page is built: seconds, not a build each.
    release = await buildFixture(work, fixture.root, { BG_RELEASE: '1' });
    writeFileSync(siteYaml, original.replace(/^feedback:.*$/m, 'feedback: write to us'));
    badField = await buildFixture(work, fixture.root);
    writeFileSync(siteYaml, original.replace(/^maintainer:.*$/m, 'maintainer: Редакция «Пример»'));
    const result = await buildFixture(work, fixture.root, { SITE_URL: SITE, FEEDBACK_URL: TRACKER, SOURCE_URL: REPO });
    if (!result.ok) throw new Error(result.output);
    out = result.outDir;
    built = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .map((f) => {
        const html = readFileSync(path.join(out, f), 'utf8');
        return {
          url: `/${f
            .split(path.sep)
            .join('/')
            .replace(/index\.html$/, '')}`,
          html,
          $: cheerio.load(html),
        };
      });
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('build:release without a site address fails with a one-line reason', () => {
    expect(release.ok).toBe(false);
    expect(release.output).toMatch(
      /^build:release: no public site address \(siteUrl in content\/site\.yaml or SITE_URL is still http:\/\/localhost:4321\)$/m,
    );
  });

  it('a bad field in site.yaml fails the build naming the file and the field', () => {
    expect(badField.ok).toBe(false);
    expect(badField.output).toMatch(/content\/site\.yaml: feedback: an e-mail address/);
  });

  it('the site address is in every canonical link, Open Graph URL, the sitemap, robots.txt, the feed and print', () => {
    expect(built.length).toBeGreaterThan(10);
    for (const p of built) {
      expect(p.$('link[rel="canonical"]').attr('href'), p.url).toBe(`${SITE}${p.url}`);
      expect(p.$('meta[property="og:url"]').attr('content'), p.url).toBe(`${SITE}${p.url}`);
      expect(p.$('footer').text(), p.url).toContain(`${SITE}${p.url}`);
      expect(p.html, p.url).not.toContain('localhost');
    }
    for (const f of ['sitemap-0.xml', 'robots.txt', 'updates/feed.xml']) {
      const text = readFileSync(path.join(out, f), 'utf8');
      expect(text, f).toContain(SITE);
      expect(text, f).not.toContain('localhost');
    }
  });

  it('every guide, FAQ entry and tool links a prefilled report carrying its title, URL and date, and its source file', () => {
    const targets = built.filter((p) => FEEDBACK_PAGE(p.url));
    expect(targets.some((p) => p.url.startsWith('/faq/')) && targets.some((p) => p.url.startsWith('/tools/'))).toBe(
      true,
    );
    for (const p of targets) {
      const report = p.$('a[data-feedback="report"]');
      expect(report.length, p.url).toBe(1);
      const href = new URL(report.attr('href')!);
      expect(`${href.origin}${href.pathname}`).toBe(TRACKER);
      expect(report.attr('rel')).toBe('noopener noreferrer');
      const title = p
        .$('h1')
        .first()
        .text()
        .replace(/\u00a0/g, ' ');
      expect(href.searchParams.get('title'), p.url).toBe(`Ошибка на странице: ${title}`);
      const body = href.searchParams.get('body')!;
      expect(body, p.url).toContain(`Адрес: ${SITE}${p.url}`);
      expect(body, p.url).toMatch(/Что не так/);
      if (GUIDE_URL.test(p.url)) {
        const shown = p
          .$('article time')
          .first()
          .text()
          .replace(/\u00a0/g, ' ');
        expect(body, p.url).toContain(`Обновлено: ${shown}`);
      }
      const edit = p.$('a[data-feedback="edit"]').attr('href')!;
      const file = GUIDE_URL.test(p.url)
        ? `content/guides${p.url.slice(0, -1)}.mdx`
        : p.url.startsWith('/faq/')
          ? `content/faq/${p.url.split('/')[2]}.md`
          : `src/pages${p.url.slice(0, -1)}.astro`;
      expect(edit, p.url).toBe(`${REPO}/blob/main/${file}`);
    }
    const others = built.filter((p) => !FEEDBACK_PAGE(p.url) && p.url !== '/about/');
    expect(others.filter((p) => p.$('[data-feedback]').length).map((p) => p.url)).toEqual([]);
  });

  it('the about page names the maintainer and the feedback channel only now that they are set', () => {
    const about = built.find((p) => p.url === '/about/')!;
    expect(about.$('#maintainer').parent().text()).toContain('Редакция «Пример»');
    expect(new URL(about.$('#feedback').parent().find('a[data-feedback="report"]').attr('href')!).origin).toBe(
      new URL(TRACKER).origin,
    );
  });
});
