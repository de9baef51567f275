import { isoDate } from './dates-ru.ts';

/** The order of /updates/ and its feed: newest updated date first; on the same day, by title. */
export interface Dated {
  id: string;
  title: string;
  updated: Date;
}

const collator = new Intl.Collator('ru');

export function newestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.updated.getTime() - a.updated.getTime() || collator.compare(a.title, b.title) || a.id.localeCompare(b.id),
  );
}

/** Consecutive items of the same day, in the order given. */
export function byDay<T extends Dated>(items: readonly T[]): { day: Date; items: T[] }[] {
  const groups: { day: Date; items: T[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && isoDate(last.day) === isoDate(item.updated)) last.items.push(item);
    else groups.push({ day: item.updated, items: [item] });
  }
  return groups;
}

/** How many guides the page and the feed list: enough for every guide of today's site. */
export const UPDATES_LIMIT = 100;
