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

/**
 * The numbers of the rules are not written here: the about-15-days rule after confirming receipt is
 * `dispute-after-confirm` and the urgency threshold is `urgent-days` in content/facts.yaml. The page hands them to
 * these functions (and to the browser element through a data-facts attribute), so a changed fact changes the result.
 */
export interface DeadlineRules {
  /** fact('dispute-after-confirm'): days usually left for a dispute after confirming receipt. */
  confirmDays: number;
  /** fact('urgent-days'): at this many days left or fewer the result says «откройте спор сегодня». */
  urgentDays: number;
}
/**
 * The rules from a page's data-facts attribute (JSON of factsForBrowser(['dispute-after-confirm', 'urgent-days'])):
 * what the browser element computes with. A missing or broken value gives null: no result rather than a wrong one.
 */
export function rulesFrom(json: string | undefined): DeadlineRules | null {
  try {
    const facts = JSON.parse(json ?? '{}') as Record<string, { value?: unknown } | undefined>;
    const confirmDays = facts['dispute-after-confirm']?.value;
    const urgentDays = facts['urgent-days']?.value;
    if (!Number.isInteger(confirmDays) || !Number.isInteger(urgentDays)) return null;
    return { confirmDays: confirmDays as number, urgentDays: urgentDays as number };
  } catch {
    return null;
  }
}

/** Our advice, not a platform rule: open the dispute this many days before the last day. */
export const SAFE_MARGIN_DAYS = 3;
/** Longest timer we accept; real ones are a few months at most. */
export const MAX_DAYS = 365;
/** Hours a timer shows beside its days: 0–23. */
export const MAX_HOURS = 23;
/** Years accepted in a typed or shared date. */
export const MIN_YEAR = 2010;
export const MAX_YEAR = 2100;
/** The calendar file reminds this many days before the last day, at REMINDER_HOUR local time (never midnight). */
export const CALENDAR_ALARM_DAYS = [3, 1] as const;
export const REMINDER_HOUR = 10;

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

/** What the reader can see: the timer in the order card, or the day they confirmed receipt. */
export type Mode = 'left' | 'confirmed';
export const MODES: readonly Mode[] = ['left', 'confirmed'];
/** Form fields, plus `until`: the absolute last day every link carries. */
export type Field = 'left' | 'hours' | 'confirmed' | 'until';
export const FIELDS: readonly Field[] = ['left', 'hours', 'confirmed', 'until'];

export type DeadlineInput =
  | { mode: 'left'; left: number; hours: number | null }
  | { mode: 'confirmed'; confirmed: CalendarDate }
  | { mode: 'until'; until: CalendarDate };

/** Machine-readable field errors; the words live in content/ui/ru.yaml (src/features/deadline/deadline-words.ts). */
export type FieldError =
  { code: 'empty' | 'format' | 'range' | 'year' | 'future' } | { code: 'no-such-date'; y: number; m: number };

export interface ParsedParams {
  /** The form's mode to show: null when the URL names none (an empty form, or a bare `?until=`). */
  mode: Mode | null;
  /** Raw values to put back into the form fields, exactly as given. */
  values: Record<Field, string>;
  errors: Partial<Record<Field, FieldError>>;
  /** Set only when the fields in use are all valid. */
  input: DeadlineInput | null;
  /**
   * True when the URL used an old relative form (`?left=`, `?confirmed=`, `?start=&days=`, `?mode=`): the page
   * converts it once to `?until=` so the link keeps meaning the same day when shared or reopened.
   */
  legacy: boolean;
}

function isMode(v: string | null): v is Mode {
  return v !== null && (MODES as readonly string[]).includes(v);
}

function dateError(r: Extract<DateParse, { ok: false }>): FieldError {
  return r.error === 'no-such-date' ? { code: 'no-such-date', y: r.y ?? 0, m: r.m ?? 0 } : { code: r.error };
}

/**
 * Reads the page address. The one current form is `?until=2026-12-06`: the absolute last day, which means the
 * same day whenever and wherever the link is opened. Old links still work: `?left=30` (a timer count, relative to
 * the day it is opened, so converted against today), `?confirmed=2026-11-01`, `?start=2026-10-01&days=60` (the
 * removed start-date mode: start plus length) and `?mode=…` from the old GET form are read once and marked
 * `legacy`; the element then rewrites the address to `?until=` with history.replaceState.
 * A field the URL does not mention is not an error (so `?mode=confirmed` just opens that mode); a field that is
 * present but empty or wrong is. A confirmation date cannot lie after `today`.
 */
export function parseDeadlineParams(params: URLSearchParams, today: CalendarDate): ParsedParams {
  const get = (k: string) => params.get(k);
  const values: Record<Field, string> = {
    left: get('left') ?? '',
    hours: get('hours') ?? '',
    confirmed: get('confirmed') ?? '',
    until: get('until') ?? '',
  };
  const errors: ParsedParams['errors'] = {};

  const date = (field: 'confirmed' | 'until', raw: string): CalendarDate | null => {
    const r = parseDate(raw);
    if (!r.ok) {
      errors[field] = dateError(r);
      return null;
    }
    return r.date;
  };

  if (get('until') !== null) {
    const until = date('until', values.until);
    return { mode: null, values, errors, input: until ? { mode: 'until', until } : null, legacy: false };
  }

  const legacy = ['left', 'confirmed', 'start', 'days', 'mode'].some((k) => get(k) !== null);
  // The removed start-date mode: start + length is an absolute day too, so an old link converts exactly.
  if (get('start') !== null && get('days') !== null && get('left') === null && get('confirmed') === null) {
    const start = parseDate(get('start') ?? '');
    const days = parseDayCount(get('days') ?? '', 1);
    if (start.ok && days.ok) {
      return { mode: null, values, errors, input: { mode: 'until', until: addDays(start.date, days.value) }, legacy };
    }
  }

  const explicit = get('mode');
  let mode: Mode | null = isMode(explicit) ? explicit : null;
  if (!mode) {
    if (get('left') !== null || get('hours') !== null) mode = 'left';
    else if (get('confirmed') !== null) mode = 'confirmed';
  }
  if (!mode) return { mode, values, errors, input: null, legacy };

  const count = (field: 'left' | 'hours', max: number): number | null => {
    const r = parseDayCount(values[field], 0, max);
    if (r.ok) return r.value;
    errors[field] = { code: r.error };
    return null;
  };

  let input: DeadlineInput | null = null;
  if (mode === 'left') {
    const left = get('left') === null ? null : count('left', MAX_DAYS);
    // Hours are optional: an absent or empty field means «only days».
    const hours = values.hours.trim() === '' ? null : count('hours', MAX_HOURS);
    if (left !== null && !errors.hours) input = { mode, left, hours };
  } else if (get('confirmed') !== null) {
    const confirmed = date('confirmed', values.confirmed);
    if (confirmed && compareDates(confirmed, today) > 0) errors.confirmed = { code: 'future' };
    else if (confirmed) input = { mode, confirmed };
  }
  return { mode, values, errors, input, legacy };
}

/**
 * The last day to open a dispute for an input, as of the instant `now`:
 * (a) timer: today counts as day 0, so "30 days left" ends on today + 30; with hours too («12 дн. 5 ч»), the day on
 *     which the timer reaches zero (now + 12 days + 5 hours, by the local clock);
 * (b) confirmation: that date + fact('dispute-after-confirm') days, "usually";
 * (c) `?until=`: that day, as the link says.
 */
export function lastDayOf(input: DeadlineInput, now: Date, rules: DeadlineRules): CalendarDate {
  if (input.mode === 'until') return input.until;
  if (input.mode === 'confirmed') return addDays(input.confirmed, rules.confirmDays);
  if (input.hours === null) return addDays(todayFrom(now), input.left);
  return todayFrom(new Date(now.getTime() + input.left * MS_PER_DAY + input.hours * 3_600_000));
}

/** The address every link, share and calendar event carries: the absolute last day. */
export function deadlineQuery(lastDay: CalendarDate): string {
  return `?until=${toIsoDate(lastDay)}`;
}

export type Status = 'ok' | 'urgent' | 'today' | 'expired';

export interface DeadlineResult {
  today: CalendarDate;
  /** The last day to open a dispute, by our count. */
  lastDay: CalendarDate;
  /**
   * Our advice, a few days before the last day: only when it is still ahead (later than today) and the reader is
   * not already in the urgent zone, where the one recommendation is «откройте спор сегодня». Otherwise null.
   */
  safeDay: CalendarDate | null;
  /** lastDay − today: 0 means the last day is today, negative means it has passed. */
  daysLeft: number;
  status: Status;
}

/** Where the reader stands on `today` against an absolute last day: the same day whenever the link is opened. */
export function computeDeadline(lastDay: CalendarDate, today: CalendarDate, rules: DeadlineRules): DeadlineResult {
  const daysLeft = daysBetween(today, lastDay);
  const status: Status =
    daysLeft < 0 ? 'expired' : daysLeft === 0 ? 'today' : daysLeft <= rules.urgentDays ? 'urgent' : 'ok';
  const early = addDays(lastDay, -SAFE_MARGIN_DAYS);
  const safeDay = status === 'ok' && compareDates(early, today) > 0 ? early : null;
  return { today, lastDay, safeDay, daysLeft, status };
}
