/**
 * The deadline calculator's sentences that depend on numbers and errors, over the strings in content/ui/ru.yaml
 * (group deadline). Pure: the page and the browser element pass their own t().
 */
import type { T } from '../../lib/i18n.ts';
import { daysInMonth, MAX_DAYS, MAX_HOURS, MAX_YEAR, MIN_YEAR, type Field, type FieldError } from './deadline.ts';
import { monthPrepositional } from '../../lib/dates-ru.ts';

/** «остался 1 день», «осталось 3 дня», «последний день — сегодня», «срок истёк 2 дня назад». */
export function daysLeftText(t: T, n: number): string {
  if (n === 0) return t('deadline.daysLeftToday');
  if (n < 0) return t('deadline.daysExpired', { n: -n });
  return t('deadline.daysLeft', { n });
}

export function urgentText(t: T, n: number): string {
  return n === 0 ? t('deadline.urgentToday') : t('deadline.urgent', { n });
}

/** `days` is fact('dispute-after-confirm'), handed over by the page: the sentence states the same number. */
export function confirmedBasis(t: T, date: string, days: number): string {
  return t('deadline.basis.confirmed', { date, n: days });
}

export function fieldErrorText(t: T, field: Field, error: FieldError): string {
  const isDate = field === 'confirmed' || field === 'until';
  switch (error.code) {
    case 'empty':
      return t(`deadline.errors.empty.${field}`);
    case 'format':
      return t(isDate ? 'deadline.errors.formatDate' : 'deadline.errors.formatNumber');
    case 'range':
      return field === 'hours'
        ? t('deadline.errors.rangeHours', { max: MAX_HOURS })
        : t('deadline.errors.range', { min: 0, max: MAX_DAYS });
    case 'year':
      return t('deadline.errors.year', { minYear: MIN_YEAR, maxYear: MAX_YEAR });
    case 'no-such-date':
      return t('deadline.errors.noSuchDate', {
        month: monthPrepositional(error.y, error.m),
        n: daysInMonth(error.y, error.m),
      });
    case 'future':
      return t(field === 'confirmed' ? 'deadline.errors.future.confirmed' : 'deadline.errors.future.other');
  }
}
