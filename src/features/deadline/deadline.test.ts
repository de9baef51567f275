import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  computeDeadline,
  daysBetween,
  daysInMonth,
  deadlineQuery,
  isoWeekday,
  isValidDate,
  parseDate,
  parseDayCount,
  parseDeadlineParams,
  toBasicDate,
  todayFrom,
  toIsoDate,
  type CalendarDate,
} from './deadline.ts';
import { formatLocalDateLong, formatLocalDateNumeric, weekdayRu } from './dates-local.ts';
import { daysLeftText, fieldErrorText, urgentText } from './deadline-words.ts';
import { t as ui, uiDict, URGENT_DAYS } from '../../../tests/support/content.ts';

const date = (iso: string): CalendarDate => {
  const r = parseDate(iso);
  if (!r.ok) throw new Error(`bad test date ${iso}`);
  return r.date;
};
const iso = toIsoDate;

describe('calendar arithmetic', () => {
  it('adds days across month ends', () => {
    expect(iso(addDays(date('2026-01-31'), 1))).toBe('2026-02-01');
    expect(iso(addDays(date('2026-04-30'), 1))).toBe('2026-05-01');
    expect(iso(addDays(date('2026-03-01'), -1))).toBe('2026-02-28');
    expect(iso(addDays(date('2026-10-17'), 15))).toBe('2026-11-01');
  });

  it('handles 29 February in leap years and its absence otherwise', () => {
    expect(iso(addDays(date('2028-02-28'), 1))).toBe('2028-02-29');
    expect(iso(addDays(date('2028-02-29'), 1))).toBe('2028-03-01');
    expect(iso(addDays(date('2027-02-28'), 1))).toBe('2027-03-01');
    expect(iso(addDays(date('2028-02-14'), 15))).toBe('2028-02-29');
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(isValidDate({ y: 2027, m: 2, d: 29 })).toBe(false);
    expect(isValidDate({ y: 2028, m: 2, d: 29 })).toBe(true);
  });

  it('crosses the year end both ways', () => {
    expect(iso(addDays(date('2026-12-20'), 15))).toBe('2027-01-04');
    expect(iso(addDays(date('2026-12-31'), 1))).toBe('2027-01-01');
    expect(iso(addDays(date('2027-01-02'), -3))).toBe('2026-12-30');
    expect(daysBetween(date('2026-12-31'), date('2027-01-01'))).toBe(1);
    expect(daysBetween(date('2026-01-01'), date('2027-01-01'))).toBe(365);
    expect(daysBetween(date('2028-01-01'), date('2029-01-01'))).toBe(366);
  });

  it('counts days between in both directions', () => {
    expect(daysBetween(date('2026-11-01'), date('2026-11-16'))).toBe(15);
    expect(daysBetween(date('2026-11-16'), date('2026-11-01'))).toBe(-15);
    expect(daysBetween(date('2026-11-16'), date('2026-11-16'))).toBe(0);
  });

  it('knows weekdays', () => {
    expect(isoWeekday(date('2026-11-16'))).toBe(1); // Monday
    expect(isoWeekday(date('2026-01-01'))).toBe(4); // 2026-01-01 is a Thursday
    expect(isoWeekday(date('2028-02-29'))).toBe(2);
  });
});

describe('parsing what people type and what URLs carry', () => {
  it('accepts ISO and Russian day.month.year', () => {
    expect(parseDate('2026-11-01')).toEqual({ ok: true, date: { y: 2026, m: 11, d: 1 } });
    expect(parseDate(' 1.11.2026 ')).toEqual({ ok: true, date: { y: 2026, m: 11, d: 1 } });
    expect(parseDate('01/11/2026')).toEqual({ ok: true, date: { y: 2026, m: 11, d: 1 } });
  });

  it('names what is wrong with a date', () => {
    expect(parseDate('')).toMatchObject({ ok: false, error: 'empty' });
    expect(parseDate('вчера')).toMatchObject({ ok: false, error: 'format' });
    expect(parseDate('2026-11-1')).toMatchObject({ ok: false, error: 'format' });
    expect(parseDate('2027-02-29')).toEqual({ ok: false, error: 'no-such-date', y: 2027, m: 2 });
    expect(parseDate('2026-13-01')).toMatchObject({ ok: false, error: 'no-such-date' });
    expect(parseDate('1999-01-01')).toMatchObject({ ok: false, error: 'year' });
  });

  it('accepts whole day counts only', () => {
    expect(parseDayCount('30', 0)).toEqual({ ok: true, value: 30 });
    expect(parseDayCount(' 0 ', 0)).toEqual({ ok: true, value: 0 });
    expect(parseDayCount('0', 1)).toEqual({ ok: false, error: 'range' });
    expect(parseDayCount('366', 0)).toEqual({ ok: false, error: 'range' });
    expect(parseDayCount('-3', 0)).toEqual({ ok: false, error: 'format' });
    expect(parseDayCount('12.5', 0)).toEqual({ ok: false, error: 'format' });
    expect(parseDayCount('12 дн', 0)).toEqual({ ok: false, error: 'format' });
    expect(parseDayCount('', 0)).toEqual({ ok: false, error: 'empty' });
  });
});

describe('URL parameters', () => {
  const today = date('2026-11-05');
  const parse = (q: string) => parseDeadlineParams(new URLSearchParams(q), today);

  it('reads ?left=30', () => {
    const p = parse('left=30');
    expect(p.mode).toBe('left');
    expect(p.errors).toEqual({});
    expect(p.input).toEqual({ mode: 'left', left: 30 });
  });

  it('reads ?confirmed=2026-11-01', () => {
    const p = parse('confirmed=2026-11-01');
    expect(p.input).toEqual({ mode: 'confirmed', confirmed: { y: 2026, m: 11, d: 1 } });
  });

  it('reads ?start=2026-10-01&days=60', () => {
    const p = parse('start=2026-10-01&days=60');
    expect(p.input).toEqual({ mode: 'start', start: { y: 2026, m: 10, d: 1 }, days: 60 });
  });

  it('gives field-level errors and keeps the raw values for the form', () => {
    const p = parse('left=abc');
    expect(p.mode).toBe('left');
    expect(p.input).toBeNull();
    expect(p.errors).toEqual({ left: { code: 'format' } });
    expect(p.values.left).toBe('abc');
    expect(parse('confirmed=2026-02-30').errors).toEqual({ confirmed: { code: 'no-such-date', y: 2026, m: 2 } });
    expect(parse('confirmed=2026-12-01').errors).toEqual({ confirmed: { code: 'future' } });
    expect(parse('start=2026-10-01&days=0').errors).toEqual({ days: { code: 'range' } });
    expect(parse('start=2026-10-01').errors).toEqual({ days: { code: 'empty' } });
    expect(parse('days=60').errors).toEqual({ start: { code: 'empty' } });
  });

  it('treats a mode without its fields as an empty form, and the GET form with blanks as errors', () => {
    expect(parse('mode=confirmed')).toMatchObject({ mode: 'confirmed', errors: {}, input: null });
    expect(parse('')).toMatchObject({ mode: null, errors: {}, input: null });
    const get = parse('mode=left&left=&confirmed=&start=&days=');
    expect(get.mode).toBe('left');
    expect(get.errors).toEqual({ left: { code: 'empty' } });
    // The explicit mode wins over other filled fields.
    expect(parse('mode=confirmed&left=3&confirmed=2026-11-01').input?.mode).toBe('confirmed');
    expect(parse('mode=nonsense&left=3').input).toEqual({ mode: 'left', left: 3 });
  });

  it('writes the shortest query back', () => {
    expect(deadlineQuery({ mode: 'left', left: 30 })).toBe('?left=30');
    expect(deadlineQuery({ mode: 'confirmed', confirmed: date('2026-11-01') })).toBe('?confirmed=2026-11-01');
    expect(deadlineQuery({ mode: 'start', start: date('2026-10-01'), days: 60 })).toBe('?start=2026-10-01&days=60');
    const round = parse(deadlineQuery({ mode: 'start', start: date('2026-10-01'), days: 60 }).slice(1));
    expect(round.input).toEqual({ mode: 'start', start: date('2026-10-01'), days: 60 });
  });
});

describe('computing the deadline', () => {
  const today = date('2026-11-05');

  it('(a) timer: today is day 0', () => {
    const r = computeDeadline({ mode: 'left', left: 30 }, today, URGENT_DAYS);
    expect(iso(r.lastDay)).toBe('2026-12-05');
    expect(iso(r.safeDay)).toBe('2026-12-02');
    expect(r.daysLeft).toBe(30);
    expect(r.status).toBe('ok');
    expect(computeDeadline({ mode: 'left', left: 0 }, today, URGENT_DAYS)).toMatchObject({
      daysLeft: 0,
      status: 'today',
    });
  });

  it('(b) confirmation + 15 days', () => {
    const r = computeDeadline({ mode: 'confirmed', confirmed: date('2026-11-01') }, today, URGENT_DAYS);
    expect(iso(r.lastDay)).toBe('2026-11-16');
    expect(r.daysLeft).toBe(11);
    expect(iso(r.safeDay)).toBe('2026-11-13');
  });

  it('(c) start + N days', () => {
    const r = computeDeadline({ mode: 'start', start: date('2026-10-01'), days: 60 }, today, URGENT_DAYS);
    expect(iso(r.lastDay)).toBe('2026-11-30');
    expect(r.daysLeft).toBe(25);
  });

  it('warns at 5 days or fewer and never advises a safe date in the past', () => {
    // The threshold is content/ladder.yaml `urgentDays` (7 at the time of writing), not a number of its own.
    expect(URGENT_DAYS).toBe(7);
    expect(computeDeadline({ mode: 'left', left: URGENT_DAYS + 1 }, today, URGENT_DAYS).status).toBe('ok');
    expect(computeDeadline({ mode: 'left', left: URGENT_DAYS }, today, URGENT_DAYS).status).toBe('urgent');
    const two = computeDeadline({ mode: 'left', left: 2 }, today, URGENT_DAYS);
    expect(two.status).toBe('urgent');
    expect(iso(two.safeDay)).toBe(iso(today));
  });

  it('reports a deadline that has passed', () => {
    const r = computeDeadline({ mode: 'confirmed', confirmed: date('2026-10-01') }, today, URGENT_DAYS);
    expect(iso(r.lastDay)).toBe('2026-10-16');
    expect(r.daysLeft).toBe(-20);
    expect(r.status).toBe('expired');
  });
});

describe('Russian wording', () => {
  it('formats local dates', () => {
    const d = date('2026-11-16');
    expect(formatLocalDateLong(d)).toBe('16\u00a0ноября 2026');
    expect(formatLocalDateNumeric(d)).toBe('16.11.2026');
    expect(formatLocalDateNumeric(date('2026-03-05'))).toBe('05.03.2026');
    expect(weekdayRu(d)).toBe('понедельник');
    expect(weekdayRu(date('2026-11-22'))).toBe('воскресенье');
  });

  it('agrees the verb and the noun with the number of days', () => {
    const t = (n: number) => daysLeftText(ui, n);
    expect(t(1)).toBe('остался 1\u00a0день');
    expect(t(3)).toBe('осталось 3\u00a0дня');
    expect(t(5)).toBe('осталось 5\u00a0дней');
    expect(t(11)).toBe('осталось 11\u00a0дней');
    expect(t(21)).toBe('остался 21\u00a0день');
    expect(t(0)).toBe('последний день\u00a0— сегодня');
    expect(t(-1)).toBe('срок истёк 1\u00a0день назад');
    expect(t(-4)).toBe('срок истёк 4\u00a0дня назад');
    expect(t(-12)).toBe('срок истёк 12\u00a0дней назад');
  });

  it('binds every em dash to the word before it', () => {
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (typeof v === 'function') strings.push(String(v));
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(uiDict);
    strings.push(daysLeftText(ui, 0), urgentText(ui, 0), ui('deadline.calendarDone', { file: 'x.ics' }));
    for (const s of strings) expect(s).not.toMatch(/[\p{L}\d,.»)] —/u);
  });

  it('explains every field error in words', () => {
    const e = (field: Parameters<typeof fieldErrorText>[1], error: Parameters<typeof fieldErrorText>[2]) =>
      fieldErrorText(ui, field, error);
    expect(e('confirmed', { code: 'no-such-date', y: 2026, m: 2 })).toBe(
      'Такой даты нет: в\u00a0феврале 2026\u00a0года 28\u00a0дней.',
    );
    expect(e('confirmed', { code: 'no-such-date', y: 2028, m: 2 })).toContain('29\u00a0дней');
    expect(e('left', { code: 'format' })).toMatch(/цифрами/);
    expect(e('start', { code: 'future' })).toMatch(/не\sнаступила/);
    for (const field of ['left', 'confirmed', 'start', 'days'] as const) {
      for (const code of ['empty', 'format', 'range', 'year', 'future'] as const) {
        expect(e(field, { code }).length).toBeGreaterThan(10);
      }
    }
  });
});

/**
 * The only place a time zone enters is turning "now" into today's calendar date. Everything after that is
 * {y, m, d} arithmetic, so a DST change (a 23- or 25-hour local day) must never move a result.
 */
describe('time zones and daylight saving', () => {
  const originalTz = process.env.TZ;
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  // [zone, a local date whose midnight starts or ends DST there (2026), the local day length in hours]
  const transitions: [string, string, number][] = [
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Australia/Sydney', '2026-04-05', 25],
    ['Australia/Sydney', '2026-10-04', 23],
    ['America/Santiago', '2026-09-06', 23],
    ['Europe/Moscow', '2026-03-29', 24],
  ];

  for (const [zone, day, hours] of transitions) {
    it(`${zone} around ${day}`, () => {
      process.env.TZ = zone;
      const d = date(day);
      // The zone really is in effect: the local day has the length its DST rules say.
      const start = new Date(d.y, d.m - 1, d.d).getTime();
      const end = new Date(d.y, d.m - 1, d.d + 1).getTime();
      expect((end - start) / 3_600_000).toBe(hours);

      // Late evening and just after midnight, local time, read as the right calendar day.
      expect(todayFrom(new Date(d.y, d.m - 1, d.d, 23, 59))).toEqual(d);
      expect(todayFrom(new Date(d.y, d.m - 1, d.d + 1, 0, 1))).toEqual(addDays(d, 1));
      expect(todayFrom(new Date(d.y, d.m - 1, d.d - 1, 23, 30))).toEqual(addDays(d, -1));

      // Deadlines that cross the transition land on the calendar day the local calendar gives.
      const yesterday = addDays(d, -1);
      for (const n of [1, 2, 15, 30]) {
        const local = new Date(yesterday.y, yesterday.m - 1, yesterday.d + n);
        const expected = { y: local.getFullYear(), m: local.getMonth() + 1, d: local.getDate() };
        expect(computeDeadline({ mode: 'left', left: n }, yesterday, URGENT_DAYS).lastDay).toEqual(expected);
      }
      expect(computeDeadline({ mode: 'left', left: 1 }, yesterday, URGENT_DAYS).daysLeft).toBe(1);
    });
  }

  it('matches the local calendar for every day of 2026–2028 in several zones', () => {
    for (const zone of [
      'UTC',
      'Europe/Moscow',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
      'Pacific/Chatham',
    ]) {
      process.env.TZ = zone;
      for (let i = 0; i < 365 * 3; i += 1) {
        const local = new Date(2026, 0, 1 + i, 12);
        const today = todayFrom(local);
        const later = new Date(2026, 0, 1 + i + 15, 12);
        expect(addDays(today, 15), `${zone} ${toBasicDate(today)}`).toEqual(todayFrom(later));
        expect(daysBetween(today, todayFrom(later))).toBe(15);
      }
    }
  });
});
