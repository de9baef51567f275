/// <reference lib="webworker" />
/**
 * The service worker, bundled by integration.ts into dist/sw.js after the build (Workbox modules, one IIFE).
 * - Pages: network first, so a reader online always gets the current text. A guide or FAQ page that was read is
 *   kept in PAGES_CACHE; a page saved with «Сохранить для работы без сети» lives in SAVED_CACHE and is refreshed
 *   whenever it is fetched again. Offline, a page comes from those caches or the precache, marked as a copy;
 *   a page with no copy gets the offline page.
 * - Built styles and scripts (hashed names): precached, otherwise cache first.
 * - Search files: hashed index chunks cache first, the unhashed loader and WebAssembly network first.
 * Only same-origin GET requests are routed; anything else goes to the network untouched and is never cached.
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import type { WorkboxPlugin } from 'workbox-core/types';
import {
  ASSETS_CACHE,
  OFFLINE_URL,
  PAGES_CACHE,
  SAVED_CACHE,
  SEARCH_CACHE,
  isHashedSearchFile,
  markCopy,
  runtimePageKind,
} from './logic.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __BG_PRECACHE__: PrecacheEntry[];

// A new version takes over at once; the page already open keeps what it loaded, the next navigation is served
// by the new worker.
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
cleanupOutdatedCaches();

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const onlyOk = new CacheableResponsePlugin({ statuses: [200] });
const match = { ignoreVary: true, ignoreSearch: true };

/** The cached HTML with the copy mark on <html>; the date is when the server sent it. */
async function asCopy(response: Response, fallback = false): Promise<Response> {
  const sent = new Date(response.headers.get('date') ?? Date.now());
  const savedAt = Number.isNaN(sent.getTime()) ? new Date().toISOString() : sent.toISOString();
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(markCopy(await response.text(), savedAt, fallback), {
    status: 200,
    statusText: 'OK',
    headers,
  });
}

const pathKey = (request: Request) => new URL(request.url).pathname;

/**
 * The page a reader landed on was fetched before this worker existed: on activation, keep a copy of every open
 * guide or FAQ page too, so the first page read is available offline like the ones after it.
 */
async function keepOpenPages(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const cache = await caches.open(PAGES_CACHE);
  await Promise.all(
    windows.map(async (client) => {
      const url = new URL(client.url);
      if (!sameOrigin(url) || !runtimePageKind(url.pathname)) return;
      const key = new URL(url.pathname, self.location.origin).href;
      if (await cache.match(key, match)) return;
      try {
        const response = await fetch(key, { credentials: 'same-origin' });
        if (response.status === 200 && response.type === 'basic') await cache.put(key, response);
      } catch {
        // Offline already: nothing to keep.
      }
    }),
  );
}
self.addEventListener('activate', (event) => event.waitUntil(keepOpenPages()));

const pagePlugin: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => new URL(pathKey(request), self.location.origin).href,
  cacheWillUpdate: async ({ request, response }) => {
    if (response.status !== 200 || response.type !== 'basic') return null;
    const path = pathKey(request);
    const saved = await caches.open(SAVED_CACHE);
    if (await saved.match(path, match)) await saved.put(path, response.clone());
    return runtimePageKind(path) ? response : null;
  },
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? asCopy(cachedResponse) : undefined),
  handlerDidError: async ({ request }) => {
    const path = pathKey(request);
    const saved = await (await caches.open(SAVED_CACHE)).match(path, match);
    if (saved) return asCopy(saved);
    const precached = await matchPrecache(path);
    if (precached) return asCopy(precached);
    const offline = await matchPrecache(OFFLINE_URL);
    return offline ? asCopy(offline, true) : undefined;
  },
};

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: 10,
    matchOptions: match,
    plugins: [pagePlugin, new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true })],
  }),
);

precache(__BG_PRECACHE__);
addRoute({ ignoreURLParametersMatching: [/.*/] });

registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/_astro/'),
  new CacheFirst({
    cacheName: ASSETS_CACHE,
    plugins: [onlyOk, new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })],
  }),
);

// Pagefind asks for pagefind-entry.json?ts=<now>: search files are stored and found by path alone.
const searchKey: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => new URL(pathKey(request), self.location.origin).href,
};

registerRoute(
  ({ url }) => sameOrigin(url) && isHashedSearchFile(url.pathname),
  new CacheFirst({
    cacheName: SEARCH_CACHE,
    matchOptions: match,
    plugins: [searchKey, onlyOk, new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
  }),
);

registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/pagefind/'),
  new NetworkFirst({ cacheName: SEARCH_CACHE, matchOptions: match, plugins: [searchKey, onlyOk] }),
);
