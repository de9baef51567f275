import { describe, expect, it } from 'vitest';
import { groupByLetter } from './glossary.ts';

describe('groupByLetter', () => {
  it('files terms under their first letter (Ё under Е), Latin and digits last under A–Z, sorted within', () => {
    const groups = groupByLetter([
      { id: 'track', term: 'Трек-номер' },
      { id: 'yo', term: 'Ёмкость' },
      { id: 'dispute', term: 'Спор' },
      { id: 'sbp', term: 'СБП' },
      { id: 'e', term: 'Эскалация' },
      { id: 'eu', term: 'Европа' },
      { id: 'paypal', term: 'PayPal' },
      { id: 'n', term: '3-D Secure' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['Е', 'С', 'Т', 'Э', 'A–Z']);
    expect(groups[0]!.terms.map((t) => t.id)).toEqual(['eu', 'yo']);
    expect(groups[1]!.terms.map((t) => t.id)).toEqual(['sbp', 'dispute']);
    expect(groups.at(-1)!.terms.map((t) => t.id)).toEqual(['n', 'paypal']);
    expect(groups.map((g) => g.anchor)).toEqual(['letter-1', 'letter-2', 'letter-3', 'letter-4', 'letter-5']);
  });
});
