/**
 * On every page, after `load`: registers the service worker (dist/sw.js, scope /), and if the worker served this
 * page from a cache, reveals #bg-offline-notice with the page's «Обновлено» date or the date of the copy.
 * Kept tiny (the budget is 1.5 KB gzip; `npm run bench` reports it) and without words: they are in the HTML.
 */
import { COPY_ATTR, SW_URL } from './constants.ts';

function showCopyNotice() {
  const savedAt = document.documentElement.getAttribute(COPY_ATTR);
  const notice = document.getElementById('bg-offline-notice');
  if (!savedAt || !notice) return;
  const updated = document.querySelector<HTMLTimeElement>('time[data-updated]');
  const part = notice.querySelector<HTMLElement>(updated ? '[data-notice-updated]' : '[data-notice-saved]');
  const date = part?.querySelector('[data-notice-date]');
  if (part && date) {
    const when = new Date(savedAt);
    date.textContent = updated
      ? (updated.textContent ?? '')
      : new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(
          Number.isNaN(when.getTime()) ? new Date() : when,
        );
    part.hidden = false;
  }
  notice.hidden = false;
}

function start() {
  showCopyNotice();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(SW_URL, { scope: '/' }).catch(() => {
      // No worker (private mode, blocked storage): the site simply works online only.
    });
  }
}

if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
