import { COPY_ATTR } from './constants.ts';

/**
 * Whether this page has no network: the browser says so, or the service worker served the page itself from a
 * cache (a network failure; navigator.onLine can stay true on a connection that does not work).
 */
export function isOffline(): boolean {
  return !navigator.onLine || document.documentElement.hasAttribute(COPY_ATTR);
}
