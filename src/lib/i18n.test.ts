import { describe, expect, it } from 'vitest';
import { createT, fill, lookup, pick, placeholders, pluralForm, tFromElement } from './i18n.ts';

const dict = {
  checklist: { progress: 'Выполнено {done} из {total}', reset: 'Сбросить' },
  deadline: { left: 'Осталось {n} {n:день|дня|дней}' },
};

describe('t()', () => {
  it('reads a string by key and fills placeholders, the number bound to its word', () => {
    const t = createT(dict);
    expect(t('checklist.reset')).toBe('Сбросить');
    expect(t('checklist.progress', { done: 2, total: 7 })).toBe('Выполнено 2 из 7');
    expect(t('deadline.left', { n: 21 })).toBe('Осталось 21\u00a0день');
    expect(t('deadline.left', { n: 3 })).toBe('Осталось 3\u00a0дня');
    expect(t('deadline.left', { n: 11 })).toBe('Осталось 11\u00a0дней');
  });

  it('a missing key, a group or a missing value fails naming file and key', () => {
    const t = createT(dict, 'content/ui/ru.yaml');
    expect(() => t('checklist.nope')).toThrow('content/ui/ru.yaml: checklist.nope: no such string');
    expect(() => t('checklist')).toThrow('content/ui/ru.yaml: checklist: a group, not a string');
    expect(() => t('checklist.progress', { done: 1 })).toThrow('checklist.progress: no value for {total}');
  });

  it('Russian plural forms, fractions taking the «few» form', () => {
    const forms = ['день', 'дня', 'дней'];
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => pluralForm(n, forms))).toEqual([
      'день',
      'дня',
      'дней',
      'дней',
      'день',
      'дня',
      'дней',
      'дня',
    ]);
  });

  it('names placeholders once, looks keys up, and fills without a dictionary', () => {
    expect(placeholders('{n} {n:день|дня|дней} до {date}')).toEqual(['n', 'date']);
    expect(lookup(dict, 'deadline')).toEqual(dict.deadline);
    expect(lookup(dict, 'deadline.left.x')).toBeUndefined();
    expect(fill('{a}-{b}', { a: 1, b: 'x' })).toBe('1-x');
  });

  it('picks the groups a script needs under their full keys, and fails on a missing group', () => {
    expect(pick(dict, ['deadline'])).toEqual({ deadline: dict.deadline });
    expect(pick({ a: { b: { c: 'x' } } }, ['a.b'])).toEqual({ a: { b: { c: 'x' } } });
    expect(() => pick(dict, ['nope'])).toThrow('content/ui/ru.yaml: nope: no such group of strings');
  });

  it('a browser script reads its strings from data-strings', () => {
    const t = tFromElement({ dataset: { strings: JSON.stringify(pick(dict, ['checklist'])) } } as never);
    expect(t('checklist.reset')).toBe('Сбросить');
  });
});
