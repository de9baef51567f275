/**
 * Deadline arithmetic on the reader's LOCAL calendar dates.
 *
 * A date here is a plain {y, m, d} (m is 1–12), never a Date at some hour: counting goes through day numbers
 * made with Date.UTC, so a daylight-saving change (a 23- or 25-hour day) can never move a result by a day.
 * "Today" is always a parameter; only `todayFrom(now)` reads a clock's local fields, and it takes the Date too.
 */

export interface CalendarDate {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

/** After confirming receipt a buyer usually has about this many days to open a dispute (fact sheet B, hedged). */
export const DAYS_AFTER_CONFIRMATION = 15;
/** Our advice: open the dispute this many days before the last day. */
export const SAFE_MARGIN_DAYS = 3;
/** Longest timer or protection length we accept; real ones are a few months at most. */
export const MAX_DAYS = 365;
/** Years accepted in a typed or shared date. */
export const MIN_YEAR = 2010;
export const MAX_YEAR = 2100;
/** Smallest number accepted in each count field: a timer may show 0 days, a protection lasts at least 1. */
export const MIN_COUNT = { left: 0, days: 1 } as const;
/** The calendar file reminds this many days before the last day. */
export const CALENDAR_ALARM_DAYS = [3, 1] as const;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDate(date: CalendarDate): boolean {
  const { y, m, d } = date;
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Days since 1970-01-01 for a calendar date; exact for every year because it never involves a time zone. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Monday = 1 … Sunday = 7 (ISO). 1970-01-01 was a Thursday. */
export function isoWeekday(date: CalendarDate): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The reader's calendar date at the instant `now`, in the time zone the runtime is set to. */
export function todayFrom(now: Date): CalendarDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 2026-11-16 */
export function toIsoDate(date: CalendarDate): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** 20261116, as in iCalendar DATE values. */
export function toBasicDate(date: CalendarDate): string {
  return `${pad(date.y, 4)}${pad(date.m)}${pad(date.d)}`;
}

export type DateParse =
  | { ok: true; date: CalendarDate }
  | { ok: false; error: 'empty' | 'format' | 'no-such-date' | 'year'; y?: number; m?: number };

/** Strict: "2026-11-01" (what <input type="date"> and our URLs use) or "01.11.2026" (what people type). */
export function parseDate(raw: string): DateParse {
  const s = raw.trim();
  if (!s) return { ok: false, error: 'empty' };
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let y: number, m: number, d: number;
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
    if (!match) return { ok: false, error: 'format' };
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, error: 'year' };
  const date = { y, m, d };
  if (!isValidDate(date)) return { ok: false, error: 'no-such-date', y, m };
  return { ok: true, date };
}

export type CountParse = { ok: true; value: number } | { ok: false; error: 'empty' | 'format' | 'range' };

/** A whole number of days typed by a person: digits only, spaces around allowed, within [min, max]. */
export function parseDayCount(raw: string, min: number, max = MAX_DAYS): CountParse {
  const s = raw.trim();
  if (!s) return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(s)) return { ok: false, error: 'format' };
  const value = Number(s);
  if (value < min || value > max) return { ok: false, error: 'range' };
  return { ok: true, value };
}

export type Mode = 'left' | 'confirmed' | 'start';
export const MODES: readonly Mode[] = ['left', 'confirmed', 'start'];
export type Field = 'left' | 'confirmed' | 'start' | 'days';

export type DeadlineInput =
  | { mode: 'left'; left: number }
  | { mode: 'confirmed'; confirmed: CalendarDate }
  | { mode: 'start'; start: CalendarDate; days: number };

/** Machine-readable field errors; the words live in content/ui/ru.yaml (src/features/deadline/deadline-words.ts). */
export type FieldError =
  { code: 'empty' | 'format' | 'range' | 'year' | 'future' } | { code: 'no-such-date'; y: number; m: number };

export interface ParsedParams {
  /** null when the URL names no mode: an empty form. */
  mode: Mode | null;
  /** Raw values to put back into the form fields, exactly as given. */
  values: Record<Field, string>;
  errors: Partial<Record<Field, FieldError>>;
  /** Set only when the mode's fields are all valid. */
  input: DeadlineInput | null;
}

function isMode(v: string | null): v is Mode {
  return v !== null && (MODES as readonly string[]).includes(v);
}

function dateError(r: Extract<DateParse, { ok: false }>): FieldError {
  return r.error === 'no-such-date' ? { code: 'no-such-date', y: r.y ?? 0, m: r.m ?? 0 } : { code: r.error };
}

/**
 * Reads `?left=30`, `?confirmed=2026-11-01` or `?start=2026-10-01&days=60` (and `?mode=…` from the GET form).
 * A field the URL does not mention is not an error (so `?mode=confirmed` just opens that mode); a field that is
 * present but empty or wrong is. Dates of confirmation and of the start cannot lie after `today`.
 */
export function parseDeadlineParams(params: URLSearchParams, today: CalendarDate): ParsedParams {
  const get = (k: Field) => params.get(k);
  const values: Record<Field, string> = {
    left: get('left') ?? '',
    confirmed: get('confirmed') ?? '',
    start: get('start') ?? '',
    days: get('days') ?? '',
  };
  const explicit = params.get('mode');
  let mode: Mode | null = isMode(explicit) ? explicit : null;
  if (!mode) {
    if (get('left') !== null) mode = 'left';
    else if (get('confirmed') !== null) mode = 'confirmed';
    else if (get('start') !== null || get('days') !== null) mode = 'start';
  }
  const errors: ParsedParams['errors'] = {};
  if (!mode) return { mode, values, errors, input: null };

  const count = (field: 'left' | 'days', min: number): number | null => {
    if (get(field) === null) return null;
    const r = parseDayCount(values[field], min);
    if (r.ok) return r.value;
    errors[field] = { code: r.error };
    return null;
  };
  const pastDate = (field: 'confirmed' | 'start'): CalendarDate | null => {
    if (get(field) === null) return null;
    const r = parseDate(values[field]);
    if (!r.ok) {
      errors[field] = dateError(r);
      return null;
    }
    if (compareDates(r.date, today) > 0) {
      errors[field] = { code: 'future' };
      return null;
    }
    return r.date;
  };

  let input: DeadlineInput | null = null;
  if (mode === 'left') {
    const left = count('left', MIN_COUNT.left);
    if (left !== null) input = { mode, left };
  } else if (mode === 'confirmed') {
    const confirmed = pastDate('confirmed');
    if (confirmed) input = { mode, confirmed };
  } else {
    const start = pastDate('start');
    const days = count('days', MIN_COUNT.days);
    // One of the pair given and the other missing: the missing one is what the reader has to fill in.
    if (start && get('days') === null) errors.days = { code: 'empty' };
    if (days !== null && get('start') === null) errors.start = { code: 'empty' };
    if (start && days !== null) input = { mode, start, days };
  }
  return { mode, values, errors, input };
}

/** The URL query for a valid input, as short as possible: what the form writes with history.replaceState. */
export function deadlineQuery(input: DeadlineInput): string {
  const p = new URLSearchParams();
  if (input.mode === 'left') p.set('left', String(input.left));
  else if (input.mode === 'confirmed') p.set('confirmed', toIsoDate(input.confirmed));
  else {
    p.set('start', toIsoDate(input.start));
    p.set('days', String(input.days));
  }
  return `?${p.toString()}`;
}

export type Status = 'ok' | 'urgent' | 'today' | 'expired';

export interface DeadlineResult {
  input: DeadlineInput;
  today: CalendarDate;
  /** The last day to open a dispute, by our count. */
  lastDay: CalendarDate;
  /** Our advice: a few days earlier, but never before today. */
  safeDay: CalendarDate;
  /** lastDay − today: 0 means the last day is today, negative means it has passed. */
  daysLeft: number;
  status: Status;
}

/**
 * `urgentDays`: at this many days left or fewer the result carries a strong warning; the one value is
 * `urgentDays` in content/ladder.yaml (the page reads it through the content layer and hands it to the script).
 *
 * (a) timer: today counts as day 0, so "30 days left" ends on today + 30 (hours on the timer are not counted);
 * (b) confirmation: that date + 15 days, "usually"; (c) start + N days.
 */
export function computeDeadline(input: DeadlineInput, today: CalendarDate, urgentDays: number): DeadlineResult {
  const lastDay =
    input.mode === 'left'
      ? addDays(today, input.left)
      : input.mode === 'confirmed'
        ? addDays(input.confirmed, DAYS_AFTER_CONFIRMATION)
        : addDays(input.start, input.days);
  const daysLeft = daysBetween(today, lastDay);
  const early = addDays(lastDay, -SAFE_MARGIN_DAYS);
  const safeDay = compareDates(early, today) < 0 ? (daysLeft < 0 ? early : today) : early;
  const status: Status = daysLeft < 0 ? 'expired' : daysLeft === 0 ? 'today' : daysLeft <= urgentDays ? 'urgent' : 'ok';
  return { input, today, lastDay, safeDay, daysLeft, status };
}
