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
