import { describe, expect, it } from 'vitest';
import { cacheRules, IMMUTABLE, REVALIDATE } from './cache-rules.ts';
import { covers, headersFor, nginxConfig } from './nginx.ts';

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
