import { describe, expect, it } from 'vitest';
import { formatDateRu, formatDayLong, formatDayNumeric, isoDate, monthPrepositional, weekdayOf } from './dates-ru.ts';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Russian dates through Intl', () => {
  it('writes a content date in UTC without «г.»', () => {
    expect(nb(formatDateRu(new Date('2026-11-25T00:00:00Z')))).toBe('25 ноября 2026');
    expect(nb(formatDateRu(new Date('2026-01-01T00:00:00Z')))).toBe('1 января 2026');
    expect(isoDate(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
  });

  // The deadline calculator's former hand-written month tables gave exactly these; it now uses this module.
  it.each([
    [2026, 1, 1, '1 января 2026', '01.01.2026', 'четверг', 'в январе 2026 года'],
    [2026, 2, 6, '6 февраля 2026', '06.02.2026', 'пятница', 'в феврале 2026 года'],
    [2026, 3, 11, '11 марта 2026', '11.03.2026', 'среда', 'в марте 2026 года'],
    [2026, 4, 16, '16 апреля 2026', '16.04.2026', 'четверг', 'в апреле 2026 года'],
    [2026, 5, 21, '21 мая 2026', '21.05.2026', 'четверг', 'в мае 2026 года'],
    [2026, 6, 26, '26 июня 2026', '26.06.2026', 'пятница', 'в июне 2026 года'],
    [2026, 7, 3, '3 июля 2026', '03.07.2026', 'пятница', 'в июле 2026 года'],
    [2026, 8, 8, '8 августа 2026', '08.08.2026', 'суббота', 'в августе 2026 года'],
    [2026, 9, 13, '13 сентября 2026', '13.09.2026', 'воскресенье', 'в сентябре 2026 года'],
    [2026, 10, 18, '18 октября 2026', '18.10.2026', 'воскресенье', 'в октябре 2026 года'],
    [2026, 11, 23, '23 ноября 2026', '23.11.2026', 'понедельник', 'в ноябре 2026 года'],
    [2026, 12, 28, '28 декабря 2026', '28.12.2026', 'понедельник', 'в декабре 2026 года'],
    [2028, 2, 29, '29 февраля 2028', '29.02.2028', 'вторник', 'в феврале 2028 года'],
  ] as const)('%i-%i-%i: calendar day, numeric, weekday and «в месяце»', (y, m, d, long, numeric, weekday, inMonth) => {
    const day = { y, m, d };
    expect(nb(formatDayLong(day))).toBe(long);
    expect(formatDayLong(day)).toMatch(/^\d+\u00a0/);
    expect(formatDayNumeric(day)).toBe(numeric);
    expect(weekdayOf(day)).toBe(weekday);
    expect(nb(monthPrepositional(y, m))).toBe(inMonth);
  });
});
