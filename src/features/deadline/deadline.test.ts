import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  computeDeadline,
  daysBetween,
  daysInMonth,
  deadlineQuery,
  isoWeekday,
  lastDayOf,
  isValidDate,
  parseDate,
  parseDayCount,
  parseDeadlineParams,
  rulesFrom,
  toBasicDate,
  todayFrom,
  toIsoDate,
  type CalendarDate,
} from './deadline.ts';
import { formatDayLong, formatDayNumeric, weekdayOf } from '../../lib/dates-ru.ts';
import { daysLeftText, fieldErrorText, urgentText } from './deadline-words.ts';
import { t as ui, uiDict } from '../../../tests/support/content.ts';
import { fact } from '../../lib/facts.ts';

/** The rules come from content/facts.yaml, as on the page: nothing here types the 15 or the 7. */
const RULES = {
  confirmDays: fact('dispute-after-confirm').value as number,
  urgentDays: fact('urgent-days').value as number,
};
const URGENT_DAYS = RULES.urgentDays;

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

  it('reads the absolute last day ?until=2026-12-06, which every link carries', () => {
    const p = parse('until=2026-12-06');
    expect(p).toMatchObject({ mode: null, errors: {}, legacy: false });
    expect(p.input).toEqual({ mode: 'until', until: date('2026-12-06') });
    // A day already past is still read: the page then says the term has passed.
    expect(parse('until=2026-10-01').input).toEqual({ mode: 'until', until: date('2026-10-01') });
    expect(parse('until=2026-02-30').errors).toEqual({ until: { code: 'no-such-date', y: 2026, m: 2 } });
    expect(parse('until=завтра').errors).toEqual({ until: { code: 'format' } });
    // `until` wins over anything else in the address: it is the one current form.
    expect(parse('until=2026-12-06&left=3').input).toEqual({ mode: 'until', until: date('2026-12-06') });
  });

  it('reads old relative links and marks them for conversion', () => {
    expect(parse('left=30')).toMatchObject({
      mode: 'left',
      legacy: true,
      input: { mode: 'left', left: 30, hours: null },
    });
    expect(parse('confirmed=2026-11-01')).toMatchObject({
      mode: 'confirmed',
      legacy: true,
      input: { mode: 'confirmed', confirmed: date('2026-11-01') },
    });
    // The removed start-date mode: start + length is an absolute day, converted exactly.
    expect(parse('start=2026-10-01&days=60')).toMatchObject({
      legacy: true,
      input: { mode: 'until', until: date('2026-11-30') },
    });
    expect(parse('mode=left&left=12').legacy).toBe(true);
    expect(parse('').legacy).toBe(false);
  });

  it('reads the timer with optional hours', () => {
    expect(parse('left=12&hours=5').input).toEqual({ mode: 'left', left: 12, hours: 5 });
    expect(parse('left=12&hours=').input).toEqual({ mode: 'left', left: 12, hours: null });
    expect(parse('left=12&hours=24').errors).toEqual({ hours: { code: 'range' } });
    expect(parse('left=12&hours=5ч').errors).toEqual({ hours: { code: 'format' } });
  });

  it('gives field-level errors and keeps the raw values for the form', () => {
    const p = parse('left=abc');
    expect(p.mode).toBe('left');
    expect(p.input).toBeNull();
    expect(p.errors).toEqual({ left: { code: 'format' } });
    expect(p.values.left).toBe('abc');
    expect(parse('left=366').errors).toEqual({ left: { code: 'range' } });
    expect(parse('confirmed=2026-02-30').errors).toEqual({ confirmed: { code: 'no-such-date', y: 2026, m: 2 } });
    expect(parse('confirmed=2026-12-01').errors).toEqual({ confirmed: { code: 'future' } });
  });

  it('treats a mode without its fields as an empty form, and the GET form with blanks as errors', () => {
    expect(parse('mode=confirmed')).toMatchObject({ mode: 'confirmed', errors: {}, input: null });
    expect(parse('')).toMatchObject({ mode: null, errors: {}, input: null });
    const get = parse('mode=left&left=&confirmed=');
    expect(get.mode).toBe('left');
    expect(get.errors).toEqual({ left: { code: 'empty' } });
    // The explicit mode wins over other filled fields.
    expect(parse('mode=confirmed&left=3&confirmed=2026-11-01').input?.mode).toBe('confirmed');
    expect(parse('mode=nonsense&left=3').input).toEqual({ mode: 'left', left: 3, hours: null });
  });

  it('writes only the absolute last day back, and reading it gives the same day', () => {
    expect(deadlineQuery(date('2026-12-06'))).toBe('?until=2026-12-06');
    const round = parse(deadlineQuery(date('2027-01-04')).slice(1));
    expect(round.input).toEqual({ mode: 'until', until: date('2027-01-04') });
  });
});

describe('the last day of an input', () => {
  // 5 November 2026, 10:00 by the local clock (whatever zone the test runs in).
  const now = new Date(2026, 10, 5, 10, 0);

  it('(a) timer: today is day 0; hours move the day only when the timer runs past midnight', () => {
    expect(iso(lastDayOf({ mode: 'left', left: 30, hours: null }, now, RULES))).toBe('2026-12-05');
    expect(iso(lastDayOf({ mode: 'left', left: 0, hours: null }, now, RULES))).toBe('2026-11-05');
    expect(iso(lastDayOf({ mode: 'left', left: 12, hours: 5 }, now, RULES))).toBe('2026-11-17');
    const lateEvening = new Date(2026, 10, 5, 22, 0);
    expect(iso(lastDayOf({ mode: 'left', left: 12, hours: 5 }, lateEvening, RULES))).toBe('2026-11-18');
    expect(iso(lastDayOf({ mode: 'left', left: 0, hours: 1 }, lateEvening, RULES))).toBe('2026-11-05');
  });

  it('(b) confirmation + the dispute-after-confirm fact, whatever its value', () => {
    expect(RULES.confirmDays).toBe(15);
    expect(iso(lastDayOf({ mode: 'confirmed', confirmed: date('2026-11-01') }, now, RULES))).toBe('2026-11-16');
    const changed = { ...RULES, confirmDays: 20 };
    expect(iso(lastDayOf({ mode: 'confirmed', confirmed: date('2026-11-01') }, now, changed))).toBe('2026-11-21');
  });

  it('(c) ?until=: the day itself, whenever it is opened', () => {
    const until = date('2026-12-06');
    expect(lastDayOf({ mode: 'until', until }, now, RULES)).toEqual(until);
    expect(lastDayOf({ mode: 'until', until }, new Date(2026, 11, 9, 10), RULES)).toEqual(until);
  });
});

describe('rules from the page', () => {
  it('reads the facts the page hands over, and refuses broken data', () => {
    const json = JSON.stringify({ 'dispute-after-confirm': { value: 20 }, 'urgent-days': { value: 7 } });
    expect(rulesFrom(json)).toEqual({ confirmDays: 20, urgentDays: 7 });
    expect(rulesFrom('{')).toBeNull();
    expect(rulesFrom(undefined)).toBeNull();
    expect(
      rulesFrom(JSON.stringify({ 'dispute-after-confirm': { value: '15' }, 'urgent-days': { value: 7 } })),
    ).toBeNull();
  });
});

describe('computing the deadline', () => {
  const today = date('2026-11-05');
  const compute = (lastDay: CalendarDate, on = today) => computeDeadline(lastDay, on, RULES);

  it('counts the days left from today to the absolute last day', () => {
    const r = compute(date('2026-12-05'));
    expect(r.daysLeft).toBe(30);
    expect(iso(r.safeDay!)).toBe('2026-12-02');
    expect(r.status).toBe('ok');
    expect(compute(date('2026-11-05'))).toMatchObject({ daysLeft: 0, status: 'today', safeDay: null });
  });

  it('a link made today and opened 3 days later: the same last day, 3 fewer days left', () => {
    const made = compute(date('2026-12-06'), date('2026-11-20'));
    const later = compute(date('2026-12-06'), date('2026-11-23'));
    expect(later.lastDay).toEqual(made.lastDay);
    expect(later.daysLeft).toBe(made.daysLeft - 3);
    expect(compute(date('2026-12-06'), date('2026-12-07'))).toMatchObject({ status: 'expired', daysLeft: -1 });
  });

  it('at the urgent-days fact or fewer: «today», and no safe date beside it', () => {
    expect(compute(addDays(today, URGENT_DAYS + 1)).status).toBe('ok');
    const urgent = compute(addDays(today, URGENT_DAYS));
    expect(urgent.status).toBe('urgent');
    expect(urgent.safeDay).toBeNull();
    expect(compute(addDays(today, 2))).toMatchObject({ status: 'urgent', safeDay: null });
    // The threshold follows the fact: with 4 it is not urgent at 5 days left.
    expect(computeDeadline(addDays(today, 5), today, { ...RULES, urgentDays: 4 })).toMatchObject({
      status: 'ok',
      safeDay: addDays(today, 2),
    });
  });

  it('shows a safe date only when it is ahead of today, never today or in the past', () => {
    for (let n = -5; n <= 40; n += 1) {
      const r = compute(addDays(today, n));
      if (r.safeDay) {
        expect(daysBetween(today, r.safeDay), `n=${n}`).toBeGreaterThan(0);
        expect(r.status).toBe('ok');
      }
    }
    expect(computeDeadline(addDays(today, 3), today, { ...RULES, urgentDays: 1 }).safeDay).toBeNull();
    expect(computeDeadline(addDays(today, 4), today, { ...RULES, urgentDays: 1 }).safeDay).toEqual(addDays(today, 1));
  });

  it('reports a deadline that has passed', () => {
    const r = compute(date('2026-10-16'));
    expect(r.daysLeft).toBe(-20);
    expect(r.status).toBe('expired');
    expect(r.safeDay).toBeNull();
  });
});

describe('Russian wording', () => {
  it('formats local dates', () => {
    const d = date('2026-11-16');
    expect(formatDayLong(d)).toBe('16\u00a0ноября 2026');
    expect(formatDayNumeric(d)).toBe('16.11.2026');
    expect(formatDayNumeric(date('2026-03-05'))).toBe('05.03.2026');
    expect(weekdayOf(d)).toBe('понедельник');
    expect(weekdayOf(date('2026-11-22'))).toBe('воскресенье');
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
    expect(e('confirmed', { code: 'future' })).toMatch(/не\sнаступила/);
    expect(e('hours', { code: 'range' })).toMatch(/23/);
    for (const field of ['left', 'hours', 'confirmed', 'until'] as const) {
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
        const at = new Date(yesterday.y, yesterday.m - 1, yesterday.d, 12);
        expect(lastDayOf({ mode: 'left', left: n, hours: null }, at, RULES)).toEqual(expected);
      }
      expect(computeDeadline(addDays(yesterday, 1), yesterday, RULES).daysLeft).toBe(1);
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
