/**
 * Every date a reader sees, written the Russian way through Intl ('ru-RU'). Dates from content and calendar dates
 * ({y, m, d}) are UTC midnights, so they are read in UTC and never shift with the runtime's time zone. Two browser
 * scripts keep a one-line Intl call of their own, in the reader's zone: the printed-on date of a checklist (checklist-element.ts) and the
 * saved-at time of the offline notice (offline/register.ts). Importing this module there made it a shared chunk,
 * one more request on those pages, and pushed /disputes/escalate/ over its 30 KB budget.
 * One exception Intl cannot make: the prepositional month («в ноябре»), formed from Intl's own month name.
 */

/** A calendar day with no time zone: year, month 1–12, day. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat('ru-RU', options)));
  return f;
}
const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const utc = (o: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({ ...o, timeZone: 'UTC' });
const dayDate = (c: CalendarDay) => new Date(Date.UTC(c.y, c.m - 1, c.d));
/** Intl writes «25 ноября 2026 г.»: the site writes the year without the abbreviation. */
const withoutYearMark = (s: string) => s.replace(/\s*г\.$/, '');

/** «25 ноября 2026»: a content date (UTC midnight). */
export function formatDateRu(date: Date): string {
  return withoutYearMark(format(utc(LONG)).format(date));
}

/** «16 ноября 2026» with a non-breaking space between the day and the month. */
export function formatDayLong(day: CalendarDay): string {
  return formatDateRu(dayDate(day)).replace(' ', '\u00a0');
}

/** «16.11.2026» */
export function formatDayNumeric(day: CalendarDay): string {
  return format(utc({ day: '2-digit', month: '2-digit', year: 'numeric' })).format(dayDate(day));
}

/** «понедельник» */
export function weekdayOf(day: CalendarDay): string {
  return format(utc({ weekday: 'long' })).format(dayDate(day));
}

/** «в феврале 2026 года»: Intl's month name («февраль») put in the prepositional case. */
export function monthPrepositional(y: number, m: number): string {
  const month = format(utc({ month: 'long' })).format(dayDate({ y, m, d: 1 }));
  return `в\u00a0${month.replace(/[ьй]$/, '')}е ${y}\u00a0года`;
}

/** 2026-11-25 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
