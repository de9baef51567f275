/**
 * Russian words for LOCAL calendar dates ({y, m, d} from src/features/deadline/deadline.ts). Written out by hand rather than
 * through Intl so the result never depends on the runtime's time zone or ICU data.
 */
import { isoWeekday, type CalendarDate } from './deadline.ts';

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** Month names for "в феврале 2026 года". */
const MONTHS_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
] as const;

const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'] as const;

/** «16 ноября 2026» with a non-breaking space between the day and the month. */
export function formatLocalDateLong(date: CalendarDate): string {
  return `${date.d}\u00a0${MONTHS_GENITIVE[date.m - 1]} ${date.y}`;
}

/** «16.11.2026» */
export function formatLocalDateNumeric(date: CalendarDate): string {
  return `${String(date.d).padStart(2, '0')}.${String(date.m).padStart(2, '0')}.${date.y}`;
}

/** «понедельник» */
export function weekdayRu(date: CalendarDate): string {
  return WEEKDAYS[isoWeekday(date) - 1]!;
}

/** «в феврале 2026 года» */
export function monthPrepositional(y: number, m: number): string {
  return `в\u00a0${MONTHS_PREPOSITIONAL[m - 1]} ${y}\u00a0года`;
}
