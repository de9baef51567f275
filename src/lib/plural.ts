const rules = new Intl.PluralRules('ru-RU');

/** Russian plural form for a count: forms are [one, few, many], e.g. ['день', 'дня', 'дней']. */
export function pluralRu(count: number, forms: readonly [one: string, few: string, many: string]): string {
  if (!Number.isInteger(count)) return forms[1];
  switch (rules.select(count)) {
    case 'one':
      return forms[0];
    case 'few':
      return forms[1];
    default:
      return forms[2];
  }
}

/** «3 дня», «21 день», «11 дней». */
export function countRu(count: number, forms: readonly [string, string, string]): string {
  return `${count}\u00a0${pluralRu(count, forms)}`;
}
