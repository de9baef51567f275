import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  COPY_ATTR,
  FALLBACK_ATTR,
  groupCached,
  isHashedSearchFile,
  markCopy,
  pagesToSave,
  runtimePageKind,
} from './logic.ts';
import { isPrecachedAsset, precacheManifest, precachedPages } from './precache.mjs';

describe('which pages the worker keeps', () => {
  it('keeps guides and FAQ entries once read, nothing else', () => {
    expect(runtimePageKind('/disputes/open-dispute/')).toBe('guide');
    expect(runtimePageKind('/faq/what-is-dispute/')).toBe('faq');
    for (const p of [
      '/',
      '/faq/',
      '/disputes/',
      '/search/',
      '/about/',
      '/tools/deadline/',
      '/disputes/x/y/',
      '/other/x/',
    ])
      expect(runtimePageKind(p), p).toBeNull();
  });

  it('precaches home, checklists, the three tools, glossary, FAQ index, ladder and the offline page only', () => {
    const built = [
      '/',
      '/about/',
      '/checklists/',
      '/checklists/open-dispute/',
      '/tools/deadline/',
      '/tools/message/',
      '/tools/triage/',
      '/glossary/',
      '/faq/',
      '/faq/what-is-dispute/',
      '/escalation/ladder/',
      '/escalation/court/',
      '/offline/',
      '/search/',
      '/disputes/',
    ];
    expect(precachedPages(built)).toEqual([
      '/',
      '/checklists/',
      '/checklists/open-dispute/',
      '/escalation/ladder/',
      '/faq/',
      '/glossary/',
      '/offline/',
      '/tools/deadline/',
      '/tools/message/',
      '/tools/triage/',
    ]);
  });

  it('precaches built styles, scripts, icons and the manifest, not search files or images', () => {
    for (const f of [
      '_astro/a.B1.js',
      '_astro/x.css',
      'favicon.svg',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'search/strings.json',
    ])
      expect(isPrecachedAsset(f), f).toBe(true);
    for (const f of ['pagefind/pagefind.js', 'og.png', 'sw.js', '_astro/sub/a.js', 'index.html'])
      expect(isPrecachedAsset(f), f).toBe(false);
  });

  it('serves only content-hashed search files from cache first', () => {
    expect(isHashedSearchFile('/pagefind/index/ru_41ad448.pf_index')).toBe(true);
    expect(isHashedSearchFile('/pagefind/fragment/ru_1.pf_fragment')).toBe(true);
    expect(isHashedSearchFile('/pagefind/pagefind.ru_eb1255cd36.pf_meta')).toBe(true);
    expect(isHashedSearchFile('/pagefind/pagefind.js')).toBe(false);
    expect(isHashedSearchFile('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isHashedSearchFile('/pagefind/wasm.ru.pagefind')).toBe(false);
  });
});

describe('the precache manifest', () => {
  it('lists each precached file once with a content revision and adds up its bytes', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'bg-precache-'));
    const put = (f: string, body: string) => {
      mkdirSync(path.dirname(path.join(dist, f)), { recursive: true });
      writeFileSync(path.join(dist, f), body);
    };
    put('index.html', 'home');
    put('offline/index.html', 'offline');
    put('disputes/x/index.html', 'guide');
    put('_astro/a.js', 'js');
    put('pagefind/pagefind.js', 'search');
    const m = precacheManifest(dist);
    expect(m.entries.map((e) => e.url)).toEqual(['/', '/offline/', '/_astro/a.js']);
    expect(m.bytes).toBe('home'.length + 'offline'.length + 'js'.length);
    const before = m.entries[0]!.revision;
    put('index.html', 'home, changed');
    expect(precacheManifest(dist).entries[0]!.revision).not.toBe(before);
  });
});

describe('saving a guide with the links of its next-steps section', () => {
  const origin = 'https://example.test';
  it('keeps same-origin pages once, without query or fragment, the page first', () => {
    expect(
      pagesToSave(
        '/problems/damaged/',
        [
          '/disputes/escalate/',
          '/escalation/ladder/#bank',
          '/escalation/ladder/#court',
          '../../escalation/claim/?x=1',
          'https://other.test/disputes/x/',
          'mailto:a@b.c',
          '/problems/damaged/',
          '/og.png',
        ],
        origin,
      ),
    ).toEqual(['/problems/damaged/', '/disputes/escalate/', '/escalation/ladder/', '/escalation/claim/']);
  });
});

describe('a cached copy is marked', () => {
  it('adds the copy date (escaped) and the fallback flag to <html>', () => {
    const html = '<!doctype html><html lang="ru"><head></head></html>';
    expect(markCopy(html, '2026-12-01T10:00:00.000Z')).toContain(
      `<html ${COPY_ATTR}="2026-12-01T10:00:00.000Z" lang="ru">`,
    );
    expect(markCopy(html, 'x', true)).toContain(`${FALLBACK_ATTR}=""`);
    expect(markCopy(html, '"><script>')).not.toContain('<script>');
  });
});

describe('the offline list', () => {
  const known = {
    '/disputes/open-dispute/': ['Open a dispute', 'disputes'],
    '/disputes/escalate/': ['Escalate a dispute', 'disputes'],
    '/faq/what-is-dispute/': ['What is a dispute?', 'faq'],
    '/problems/damaged/': ['Damaged item', 'problems'],
  } as const;
  it('groups known cached pages in section order, sorted by title, each once', () => {
    const groups = groupCached(
      [
        'http://x/faq/what-is-dispute/',
        'http://x/disputes/open-dispute/',
        'http://x/disputes/escalate/',
        'http://x/disputes/escalate/',
        'http://x/unknown/',
        'http://x/problems/damaged/',
      ],
      known,
      ['problems', 'disputes', 'faq'],
    );
    expect(groups.map((g) => [g.group, g.entries.map((e) => e.title)])).toEqual([
      ['problems', ['Damaged item']],
      ['disputes', ['Escalate a dispute', 'Open a dispute']],
      ['faq', ['What is a dispute?']],
    ]);
    expect(groupCached([], known, ['faq'])).toEqual([]);
  });
});
