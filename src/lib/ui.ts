import { getCollection } from 'astro:content';
import { createT, lookup, pick, UI_FILE, type Dict, type T } from './i18n.ts';

/**
 * Server side of the interface strings: content/ui/ru.yaml through the `ui` collection (validated in
 * src/content/schemas.ts). `const t = await useT()` in a component; `await uiStrings(['checklist'])` for the JSON a
 * browser script receives in `data-strings`.
 */
let dict: Promise<Dict> | undefined;

export function uiDict(): Promise<Dict> {
  dict ??= getCollection('ui').then((entries) => Object.fromEntries(entries.map((e) => [e.id, e.data as Dict])));
  return dict;
}

export async function useT(): Promise<T> {
  return createT(await uiDict());
}

/** JSON for a `data-strings` attribute: only the groups a script needs, under their full keys. */
export async function uiStrings(groups: readonly string[]): Promise<string> {
  return JSON.stringify(pick(await uiDict(), groups));
}

/** A group's entries in file order, e.g. the tool cards: `await uiGroup('tools.list')`. */
export async function uiGroup(key: string): Promise<[string, Dict][]> {
  const value = lookup(await uiDict(), key);
  if (value === undefined || typeof value === 'string') throw new Error(`${UI_FILE}: ${key}: no such group of strings`);
  return Object.entries(value).map(([k, v]) => [k, v as Dict]);
}
