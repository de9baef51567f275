/**
 * Saved ticks of one checklist: parse, migrate, merge and serialise. Pure functions; the custom element
 * (checklist-element.ts) does the reading and writing through safe-storage.
 *
 * Stored under `bg:v1:checklist:<id>` as `{"v":1,"ticked":["item-id",…]}`. Item ids are the stable ids from
 * content/checklists/<id>.yaml, so progress survives edits: ids no longer in the list are dropped, new items
 * start unticked, and a renamed item simply starts unticked without disturbing the rest.
 */

const CHECKLIST_STORE_VERSION = 1;

export function checklistStorageKey(checklistId: string): string {
  return `bg:v${CHECKLIST_STORE_VERSION}:checklist:${checklistId}`;
}

/**
 * What was found in storage:
 * - `empty`: nothing saved yet;
 * - `ok`: a current payload;
 * - `migrated`: an unversioned payload from before v1 (a bare array of ids, or an id → boolean map), upgraded;
 * - `corrupt`: unreadable JSON or a shape we do not know;
 * - `unsupported`: a payload from a newer version than this code understands.
 * The last two start empty; the element says so quietly and the next tick overwrites the bad value.
 */
export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'corrupt' | 'unsupported';

export interface LoadResult {
  /** Ticked item ids that exist in the current checklist, in checklist order. */
  ticked: string[];
  status: LoadStatus;
  /** How many saved ids were dropped because the checklist no longer has them. */
  dropped: number;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Ticked ids from any payload version we know, or a status saying why there are none. */
export function migrateChecklistPayload(data: unknown): { ids: string[]; status: LoadStatus } {
  // Version 0 (unversioned prototypes): a bare list of ticked ids…
  if (isStringArray(data)) return { ids: data, status: 'migrated' };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ids: [], status: 'corrupt' };
  const record = data as Record<string, unknown>;
  if ('v' in record) {
    if (typeof record.v !== 'number' || !Number.isInteger(record.v)) return { ids: [], status: 'corrupt' };
    if (record.v > CHECKLIST_STORE_VERSION) return { ids: [], status: 'unsupported' };
    if (record.v === CHECKLIST_STORE_VERSION) {
      return isStringArray(record.ticked) ? { ids: record.ticked, status: 'ok' } : { ids: [], status: 'corrupt' };
    }
    // v: 0 written explicitly: same shapes as below, kept under `ticked`.
    return migrateChecklistPayload(record.ticked ?? {});
  }
  // …or a map of id → boolean.
  const entries = Object.entries(record);
  if (entries.every(([, v]) => typeof v === 'boolean')) {
    return { ids: entries.filter(([, v]) => v).map(([k]) => k), status: 'migrated' };
  }
  return { ids: [], status: 'corrupt' };
}

/** Keeps only ids the checklist still has, once each, in checklist order. */
export function mergeTicks(saved: Iterable<string>, knownIds: readonly string[]): string[] {
  const wanted = new Set(saved);
  return knownIds.filter((id) => wanted.has(id));
}

/** Reads a stored value (or null) against the item ids of the checklist as it is now. Never throws. */
export function parseChecklistState(raw: string | null | undefined, knownIds: readonly string[]): LoadResult {
  if (raw === null || raw === undefined || raw.trim() === '') return { ticked: [], status: 'empty', dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ticked: [], status: 'corrupt', dropped: 0 };
  }
  const { ids, status } = migrateChecklistPayload(data);
  const ticked = mergeTicks(ids, knownIds);
  return { ticked, status, dropped: new Set(ids).size - ticked.length };
}

/** The value to store: current version, known ids only, in checklist order (so equal states give equal strings). */
export function serialiseChecklistState(ticked: Iterable<string>, knownIds: readonly string[]): string {
  return JSON.stringify({ v: CHECKLIST_STORE_VERSION, ticked: mergeTicks(ticked, knownIds) });
}

/** Ticks or unticks one item; returns a new list in checklist order. Unknown ids are ignored. */
export function setTick(
  ticked: Iterable<string>,
  itemId: string,
  checked: boolean,
  knownIds: readonly string[],
): string[] {
  const next = new Set(ticked);
  if (checked) next.add(itemId);
  else next.delete(itemId);
  return mergeTicks(next, knownIds);
}

/** Where ticks can be written: safe-storage's `set` returns false when the value was not kept. */
export interface TickWriter {
  set(key: string, value: string): boolean;
  remove?(key: string): void;
}

/**
 * Saves ticks; true when they were kept. A full quota, a throwing or missing storage all give false, never an
 * exception: the caller keeps working in memory and tells the reader that ticks will not be kept.
 * An empty list removes the key, so a reset leaves nothing behind.
 */
export function saveChecklistState(
  store: TickWriter | undefined,
  checklistId: string,
  ticked: Iterable<string>,
  knownIds: readonly string[],
): boolean {
  if (!store) return false;
  const key = checklistStorageKey(checklistId);
  const value = mergeTicks(ticked, knownIds);
  try {
    if (value.length === 0 && store.remove) {
      store.remove(key);
      return true;
    }
    return store.set(key, serialiseChecklistState(value, knownIds));
  } catch {
    return false;
  }
}
