import { describe, expect, it } from 'vitest';
import { parseSiteConfig, DEFAULT_SITE_URL } from '../../src/lib/site-config.ts';
import { feedbackHref, sourceFileHref } from '../../src/lib/feedback.ts';
import { cacheRules, IMMUTABLE, REVALIDATE } from '../../src/integrations/publish/cache-rules.ts';
import { covers, headersFor, nginxConfig } from '../../src/integrations/publish/nginx.ts';
import { byDay, newestFirst } from '../../src/lib/updates.ts';

const FILE = 'content/site.yaml';
const minimal = 'siteName: Путеводитель покупателя\n';

describe('site settings (content/site.yaml + environment)', () => {
  it('falls back to the local address and says so; empty fields mean "not set"', () => {
    const c = parseSiteConfig(`${minimal}siteUrl:\nfeedback:\nsourceRepo: ""\nmaintainer:\n`, FILE, {});
    expect(c).toMatchObject({ siteUrl: DEFAULT_SITE_URL, siteUrlIsDefault: true, sourceBranch: 'main' });
    expect(c.feedback).toBeUndefined();
    expect(c.sourceRepo).toBeUndefined();
    expect(c.maintainer).toBeUndefined();
  });

  it('reads every field and tells an e-mail from a tracker URL', () => {
    const c = parseSiteConfig(
      `${minimal}siteUrl: https://example.org/some/path\nmaintainer: Иван\nfeedback: mailto:edit@example.org\nsourceRepo: https://git.example.org/o/r.git\nsourceBranch: trunk\n`,
      FILE,
      {},
    );
    expect(c).toMatchObject({
      siteUrl: 'https://example.org',
      siteUrlIsDefault: false,
      maintainer: 'Иван',
      feedback: { kind: 'email', address: 'edit@example.org' },
      sourceRepo: 'https://git.example.org/o/r',
      sourceBranch: 'trunk',
    });
    const t = parseSiteConfig(`${minimal}feedback: https://github.com/o/r/issues/new\n`, FILE, {});
    expect(t.feedback).toEqual({ kind: 'issues', url: 'https://github.com/o/r/issues/new' });
  });

  it('lets the environment override the file', () => {
    const c = parseSiteConfig(`${minimal}feedback: a@example.org\n`, FILE, {
      SITE_URL: 'https://example.net',
      FEEDBACK_URL: 'https://tracker.example.net/new',
      SOURCE_URL: 'https://github.com/o/r/',
    });
    expect(c.siteUrl).toBe('https://example.net');
    expect(c.feedback).toEqual({ kind: 'issues', url: 'https://tracker.example.net/new' });
    expect(c.sourceRepo).toBe('https://github.com/o/r');
    expect(parseSiteConfig(minimal, FILE, { FEEDBACK_EMAIL: 'b@example.org' }).feedback).toEqual({
      kind: 'email',
      address: 'b@example.org',
    });
  });

  it('a bad field fails naming the file (or variable) and the field', () => {
    expect(() => parseSiteConfig(`${minimal}siteUrl: example.org\n`, FILE, {})).toThrow(
      /^content\/site\.yaml: siteUrl: /,
    );
    expect(() => parseSiteConfig(`${minimal}feedback: write to us\n`, FILE, {})).toThrow(
      /content\/site\.yaml: feedback: /,
    );
    expect(() => parseSiteConfig('siteName: ""\n', FILE, {})).toThrow(/content\/site\.yaml: siteName: /);
    expect(() => parseSiteConfig(`${minimal}colour: red\n`, FILE, {})).toThrow(/content\/site\.yaml: .*colour/);
    expect(() => parseSiteConfig(minimal, FILE, { SITE_URL: 'localhost' })).toThrow(/^SITE_URL: /);
    expect(() => parseSiteConfig(minimal, FILE, { FEEDBACK_EMAIL: 'nobody' })).toThrow(/^FEEDBACK_EMAIL: /);
    expect(() =>
      parseSiteConfig(minimal, FILE, { FEEDBACK_EMAIL: 'a@example.org', FEEDBACK_URL: 'https://example.org/new' }),
    ).toThrow(/set one of them/);
  });
});

const words = {
  subject: 'Ошибка на странице',
  pageLine: 'Страница',
  urlLine: 'Адрес',
  updatedLine: 'Обновлено',
  askLine: 'Что не так:',
};
const page = {
  title: 'Как открыть спор & не\u00a0опоздать',
  url: 'https://example.org/disputes/open-dispute/',
  updated: '1 декабря 2026',
};

describe('feedback links', () => {
  it('mailto: subject and body percent-encoded (no "+"), CRLF lines, the page title, URL and date', () => {
    const href = feedbackHref({ kind: 'email', address: 'edit@example.org' }, page, words);
    expect(href.startsWith('mailto:edit@example.org?subject=')).toBe(true);
    expect(href).not.toMatch(/[ +\n]/);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Ошибка на странице: Как открыть спор & не опоздать');
    expect(params.get('body')).toBe(
      'Страница: Как открыть спор & не опоздать\r\nАдрес: https://example.org/disputes/open-dispute/\r\nОбновлено: 1 декабря 2026\r\n\r\nЧто не так:\r\n',
    );
  });

  it('a new-issue URL gets title and body (GitLab: issue[title] and issue[description]), keeping its own query', () => {
    const gh = new URL(
      feedbackHref({ kind: 'issues', url: 'https://github.com/o/r/issues/new?labels=content' }, page, words),
    );
    expect(gh.searchParams.get('labels')).toBe('content');
    expect(gh.searchParams.get('title')).toBe('Ошибка на странице: Как открыть спор & не опоздать');
    expect(gh.searchParams.get('body')).toContain('Адрес: https://example.org/disputes/open-dispute/');
    const gl = new URL(
      feedbackHref(
        { kind: 'issues', url: 'https://gitlab.com/o/r/-/issues/new' },
        { ...page, updated: undefined },
        words,
      ),
    );
    expect(gl.searchParams.get('issue[title]')).toMatch(/^Ошибка на странице/);
    expect(gl.searchParams.get('issue[description]')).not.toContain('Обновлено');
  });

  it('the edit link opens the page source in the repository', () => {
    expect(sourceFileHref('https://github.com/o/r', 'main', 'content/guides/disputes/open-dispute.mdx')).toBe(
      'https://github.com/o/r/blob/main/content/guides/disputes/open-dispute.mdx',
    );
  });
});

describe('cache rules and the nginx configuration made from them', () => {
  const top = [
    { name: '_astro', dir: true },
    { name: 'pagefind', dir: true },
    { name: 'disputes', dir: true },
    { name: 'index.html', dir: false },
    { name: 'index.html.gz', dir: false },
    { name: '404.html', dir: false },
    { name: '_headers', dir: false },
    { name: 'nginx.conf', dir: false },
  ];
  const pagefind = [
    { name: 'fragment', dir: true },
    { name: 'index', dir: true },
    { name: 'pagefind.js', dir: false },
    { name: 'pagefind.ru_0123abcdef.pf_meta', dir: false },
  ];
  const rules = cacheRules(top, pagefind);
  const get = (p: string) => rules.find((r) => r.pattern === p)?.cacheControl;

  it('hashed files are kept a year; pages and unhashed files are revalidated; server files get no rule', () => {
    expect(get('/_astro/*')).toBe(IMMUTABLE);
    expect(get('/pagefind/fragment/*')).toBe(IMMUTABLE);
    expect(get('/pagefind/index/*')).toBe(IMMUTABLE);
    expect(get('/pagefind/pagefind.ru_0123abcdef.pf_meta')).toBe(IMMUTABLE);
    expect(get('/pagefind/pagefind.js')).toBe(REVALIDATE);
    for (const p of ['/', '/index.html', '/404.html', '/disputes/*']) expect(get(p)).toBe(REVALIDATE);
    expect(rules.map((r) => r.pattern).filter((p) => /_headers|nginx|\.gz$/.test(p))).toEqual([]);
  });

  it('no two cache rules match one path (Cloudflare Pages would join their values)', () => {
    for (const a of rules)
      for (const b of rules)
        if (a !== b) expect(covers(a.pattern, b.pattern), `${a.pattern} ⊇ ${b.pattern}`).toBe(false);
  });

  it('each nginx location repeats the site-wide headers with its own Cache-Control', () => {
    const withSecurity = [
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY'] as [string, string]] },
      ...rules.map((r) => ({ pattern: r.pattern, headers: [['Cache-Control', r.cacheControl] as [string, string]] })),
    ];
    expect(headersFor(withSecurity, '/_astro/*')).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['Cache-Control', IMMUTABLE],
    ]);
    const conf = nginxConfig(withSecurity, ['html', 'js', 'pf_fragment']);
    expect(conf).toMatch(
      /location \^~ \/_astro\/ \{\n {2}add_header X-Frame-Options "DENY" always;\n {2}add_header Cache-Control "public, max-age=31536000, immutable" always;/,
    );
    expect(conf).toMatch(/location = \/ \{[^}]*try_files \/index\.html =404;/);
    expect(conf).toContain('application/wasm wasm;');
    expect(conf).toContain('gzip_static on;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(() => nginxConfig([{ pattern: '/*', headers: [['X-Test', '$host']] }], [])).toThrow(/\$/);
  });
});

describe('/updates/ order', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it('newest first, then by title; grouped by day', () => {
    const items = newestFirst([
      { id: 'a', title: 'Яблоко', updated: d('2026-11-01') },
      { id: 'b', title: 'Банан', updated: d('2026-12-01') },
      { id: 'c', title: 'Арбуз', updated: d('2026-12-01') },
    ]);
    expect(items.map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(byDay(items).map((g) => g.items.length)).toEqual([2, 1]);
  });
});

describe('one site name', () => {
  it('content/site.yaml and the interface strings agree on it', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const site = parse(readFileSync('content/site.yaml', 'utf8')) as { siteName: string };
    const ui = parse(readFileSync('content/ui/ru.yaml', 'utf8')) as { site: { siteName: string } };
    expect(ui.site.siteName).toBe(site.siteName);
  });
});
