import { createT, type Dict, type T } from '../lib/i18n.ts';

let t: T | undefined;

/**
 * Search's words, from the JSON the header's search button (and /search/) carry in `data-strings`
 * (content/ui/ru.yaml, group searchUi). Read on first use, so the scripts hold no words of their own.
 */
export function searchT(): T {
  if (!t) {
    const el = document.querySelector<HTMLElement>('bg-search-page[data-strings], [data-search-open][data-strings]');
    t = createT(JSON.parse(el?.dataset.strings ?? '{}') as Dict);
  }
  return t;
}
