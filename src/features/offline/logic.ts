/**
 * Offline mode, pure rules shared by the service worker (sw.ts), the page scripts and the build step
 * (integration.ts). No DOM and no worker globals here, so every rule is unit-tested in logic.test.ts.
 */

export * from './constants.ts';
import { COPY_ATTR, FALLBACK_ATTR } from './constants.ts';

const GUIDE = /^\/(contact|prepare|disputes|escalation|problems)\/[a-z0-9-]+\/$/;
const FAQ_ENTRY = /^\/faq\/[a-z0-9-]+\/$/;

export type PageKind = 'guide' | 'faq';

/** A guide or FAQ page: the pages the worker keeps a copy of once read. */
export function runtimePageKind(pathname: string): PageKind | null {
  if (GUIDE.test(pathname)) return 'guide';
  if (FAQ_ENTRY.test(pathname)) return 'faq';
  return null;
}

/** Pagefind file names that carry a content hash may be served from cache without asking the network. */
export function isHashedSearchFile(pathname: string): boolean {
  return /^\/pagefind\/(index|fragment|filter)\/[^/]+$/.test(pathname) || /^\/pagefind\/[^/]+\.pf_meta$/.test(pathname);
}

/**
 * Links in the next-steps section that the save control stores with the page: same-origin pages only,
 * without query or fragment, each once, never the page itself.
 */
export function pagesToSave(current: string, hrefs: readonly string[], origin: string): string[] {
  const base = new URL(current, origin);
  const out = new Set<string>([base.pathname]);
  for (const href of hrefs) {
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin || !url.pathname.endsWith('/')) continue;
    out.add(url.pathname);
  }
  return [...out];
}

/** Marks HTML served from a cache: the page script then tells the reader it is a saved copy, and from when. */
export function markCopy(html: string, savedAt: string, fallback = false): string {
  const attrs = ` ${COPY_ATTR}="${escapeAttr(savedAt)}"${fallback ? ` ${FALLBACK_ATTR}=""` : ''}`;
  return html.replace(/<html(\s|>)/i, (_, next: string) => `<html${attrs}${next}`);
}

function escapeAttr(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface OfflineEntry {
  url: string;
  title: string;
  /** Group key: a guide section id, or 'faq'. */
  group: string;
}

/**
 * The offline page's list: cached URLs matched against the site's pages (title and group from the build),
 * grouped in the order of `groups`, titles sorted the Russian way. Unknown URLs are left out.
 */
export function groupCached(
  cachedUrls: readonly string[],
  known: Readonly<Record<string, readonly [title: string, group: string]>>,
  groups: readonly string[],
): { group: string; entries: OfflineEntry[] }[] {
  const seen = new Set<string>();
  const entries: OfflineEntry[] = [];
  for (const raw of cachedUrls) {
    let path: string;
    try {
      path = new URL(raw, 'http://site').pathname;
    } catch {
      continue;
    }
    const hit = known[path];
    if (!hit || seen.has(path)) continue;
    seen.add(path);
    entries.push({ url: path, title: hit[0], group: hit[1] });
  }
  const collator = new Intl.Collator('ru');
  return groups
    .map((group) => ({
      group,
      entries: entries.filter((e) => e.group === group).sort((a, b) => collator.compare(a.title, b.title)),
    }))
    .filter((g) => g.entries.length > 0);
}
