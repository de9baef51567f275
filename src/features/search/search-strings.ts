import { createT, type Dict, type T } from '../../lib/i18n.ts';

let dict: Dict | undefined;
let t: T | undefined;

/**
 * Search's words (content/ui/ru.yaml, group searchUi). /search/ carries them in `data-strings`; elsewhere the
 * dialog fetches /search/strings.json together with its module, so ordinary pages carry no search words.
 */
export async function loadSearchStrings(): Promise<void> {
  if (dict || document.querySelector('bg-search-page[data-strings]')) return;
  const res = await fetch('/search/strings.json');
  if (!res.ok) throw new Error(`/search/strings.json: ${res.status}`);
  dict = (await res.json()) as Dict;
}

export function searchT(): T {
  if (!t) {
    const el = document.querySelector<HTMLElement>('bg-search-page[data-strings]');
    t = createT(el ? (JSON.parse(el.dataset.strings ?? '{}') as Dict) : (dict ?? {}));
  }
  return t;
}
