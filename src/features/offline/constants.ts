/** Names shared by the service worker and the page scripts; constants only, so the registration script stays tiny. */
/** Cache names. `v1` changes only if the shape of what is stored changes; precache is Workbox's own. */
export const PAGES_CACHE = 'bg-pages-v1';
export const SAVED_CACHE = 'bg-saved-v1';
export const ASSETS_CACHE = 'bg-assets-v1';
export const SEARCH_CACHE = 'bg-search-v1';

/** The page every navigation falls back to when neither the network nor a saved copy has it. */
export const OFFLINE_URL = '/offline/';
export const SW_URL = '/sw.js';

/** Set on <html> by the service worker when it answers a navigation from a cache instead of the network. */
export const COPY_ATTR = 'data-bg-copy';
export const FALLBACK_ATTR = 'data-bg-fallback';
