/**
 * <bg-offline-list>: lists the guides and FAQ pages this device keeps (read or saved), grouped by section, from
 * the Cache Storage the service worker fills. Words and titles come from the element's data attributes; titles
 * are inserted as text, never as HTML. Served in place of a missing page, it also names that page.
 */
import { FALLBACK_ATTR, PAGES_CACHE, SAVED_CACHE, groupCached } from './logic.ts';

type Known = Record<string, [string, string]>;

function parse<T>(value: string | undefined, fallback: T): T {
  try {
    return value ? (JSON.parse(value) as T) : fallback;
  } catch {
    return fallback;
  }
}

async function cachedUrls(): Promise<string[]> {
  if (!('caches' in window)) return [];
  const urls: string[] = [];
  for (const name of [SAVED_CACHE, PAGES_CACHE]) {
    try {
      if (!(await caches.has(name))) continue;
      const keys = await (await caches.open(name)).keys();
      urls.push(...keys.map((r) => r.url));
    } catch {
      // Storage forbidden or broken: the list stays empty.
    }
  }
  return urls;
}

class OfflineList extends HTMLElement {
  async connectedCallback() {
    const known = parse<Known>(this.dataset.known, {});
    this.nameMissing(known);
    const status = this.querySelector<HTMLElement>('[data-offline-status]');
    const box = this.querySelector<HTMLElement>('[data-offline-groups]');
    if (!status || !box) return;
    const labels = parse<Record<string, string>>(this.dataset.labels, {});
    const groups = groupCached(await cachedUrls(), known, parse<string[]>(this.dataset.groups, []));
    box.replaceChildren(
      ...groups.map(({ group, entries }) => {
        const heading = document.createElement('h3');
        heading.className = 'mt-4 font-bold';
        heading.textContent = labels[group] ?? group;
        const list = document.createElement('ul');
        list.className = 'mt-1 list-disc space-y-1 pl-6';
        for (const entry of entries) {
          const link = document.createElement('a');
          link.href = entry.url;
          link.textContent = entry.title;
          const item = document.createElement('li');
          item.append(link);
          list.append(item);
        }
        const wrap = document.createElement('div');
        wrap.append(heading, list);
        return wrap;
      }),
    );
    status.textContent = groups.length ? '' : (this.dataset.empty ?? '');
    status.hidden = groups.length > 0;
  }

  /** When the worker served this page for another address, say which page is missing. */
  nameMissing(known: Known) {
    if (!document.documentElement.hasAttribute(FALLBACK_ATTR)) return;
    const box = document.querySelector<HTMLElement>('[data-offline-missed]');
    const name = box?.querySelector<HTMLElement>('[data-offline-missed-name]');
    if (!box || !name) return;
    const title = known[location.pathname]?.[0];
    name.textContent = title ? `«${title}»` : decodeURIComponent(location.pathname);
    box.hidden = false;
  }
}

if (!customElements.get('bg-offline-list')) customElements.define('bg-offline-list', OfflineList);
