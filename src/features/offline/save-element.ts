/**
 * <bg-offline-save>: the «Сохранить для работы без сети» control of a guide. It shows itself only where a service
 * worker and Cache Storage exist. A click fetches this page and the pages linked from its «Если не помогло»
 * section and stores them in SAVED_CACHE (same-origin GET, status 200, HTML only); the worker serves them from
 * there offline and refreshes them whenever the reader opens them online. Words come from data-strings.
 */
import { SAVED_CACHE, pagesToSave } from './logic.ts';
import { createT, type Dict, type T } from '../../lib/i18n.ts';

/** Links between the «Если не помогло» heading and the next heading of the same or a higher level. */
function nextStepLinks(id: string): string[] {
  const heading = id ? document.getElementById(id) : null;
  if (!heading) return [];
  const level = Number(heading.tagName.slice(1)) || 2;
  const hrefs: string[] = [];
  for (let node = heading.nextElementSibling; node; node = node.nextElementSibling) {
    const m = /^H([1-6])$/.exec(node.tagName);
    if (m && Number(m[1]) <= level) break;
    node.querySelectorAll('a[href]').forEach((a) => hrefs.push(a.getAttribute('href') ?? ''));
    if (node.matches('a[href]')) hrefs.push(node.getAttribute('href') ?? '');
  }
  return hrefs;
}

class OfflineSave extends HTMLElement {
  t!: T;
  status: HTMLElement | null = null;

  connectedCallback() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    try {
      this.t = createT(JSON.parse(this.dataset.strings ?? '') as Dict);
    } catch {
      return;
    }
    this.status = this.querySelector('[data-save-status]');
    this.querySelector('button')?.addEventListener('click', () => void this.save());
    this.hidden = false;
    caches
      .open(SAVED_CACHE)
      .then((cache) => cache.match(location.pathname, { ignoreVary: true }))
      .then((hit) => hit && this.say(this.t('offline.save.already')))
      .catch(() => {});
  }

  say(text: string) {
    if (this.status) this.status.textContent = text;
  }

  async save() {
    const t = this.t;
    const button = this.querySelector('button');
    if (button) button.disabled = true;
    this.say(t('offline.save.saving'));
    const urls = pagesToSave(location.pathname, nextStepLinks(this.dataset.nextSteps ?? ''), location.origin);
    let failed = 0;
    try {
      const cache = await caches.open(SAVED_CACHE);
      for (const url of urls) {
        try {
          const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
          const html = (response.headers.get('content-type') ?? '').includes('text/html');
          if (response.status !== 200 || response.type !== 'basic' || !html) throw new Error(url);
          await cache.put(url, response);
        } catch {
          failed++;
        }
      }
    } catch {
      failed = urls.length;
    }
    const others = urls.length - 1;
    if (failed === urls.length) this.say(t('offline.save.failed'));
    else if (failed > 0) this.say(t('offline.save.partial', { n: failed }));
    else this.say(others > 0 ? t('offline.save.saved', { n: others }) : t('offline.save.savedAlone'));
    if (button) button.disabled = false;
  }
}

if (!customElements.get('bg-offline-save')) customElements.define('bg-offline-save', OfflineSave);
