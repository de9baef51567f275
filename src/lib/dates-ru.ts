/** Calendar dates written the Russian way. Dates from content are UTC midnights, so UTC is used to read them. */
const longFormat = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** «25 ноября 2026» (without the trailing «г.» that Intl adds). */
export function formatDateRu(date: Date): string {
  return longFormat.format(date).replace(/\s*г\.$/, '');
}

/** 2026-11-25 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
