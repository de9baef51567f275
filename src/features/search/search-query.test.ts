import { describe, expect, it } from 'vitest';
import { fromWrongLayout, MAX_QUERY_LENGTH, normalizeQuery, queryWords, searchTerm } from './search-query.ts';

describe('normalizeQuery', () => {
  it('lower-cases, drops punctuation and quotes, collapses spaces', () => {
    expect(normalizeQuery('  Посылка НЕ пришла?!  ')).toBe('посылка не пришла');
    expect(normalizeQuery('«Продавец» не отвечает — что делать…')).toBe('продавец не отвечает что делать');
  });

  it('keeps ё and hyphens inside words, drops dangling hyphens', () => {
    expect(normalizeQuery('Трек-номер не обновляется - ещё')).toBe('трек-номер не обновляется ещё');
  });

  it('keeps the punctuation keys of a word typed in the Latin layout', () => {
    expect(normalizeQuery('nfvj;yz')).toBe('nfvj;yz');
    expect(normalizeQuery('visa, mastercard.')).toBe('visa mastercard');
  });

  it('cuts a pasted paragraph to the maximum length', () => {
    expect(normalizeQuery('а'.repeat(500)).length).toBe(MAX_QUERY_LENGTH);
  });
});

describe('queryWords and searchTerm', () => {
  it('drops the shop name and politeness, which say nothing about the problem', () => {
    expect(queryWords('как вернуть деньги алиэкспресс пожалуйста')).toEqual(['как', 'вернуть', 'деньги']);
    expect(searchTerm('Подать в суд на AliExpress')).toBe('подать в суд на');
  });

  it('keeps filler when it is the whole query, and returns nothing for an empty one', () => {
    expect(queryWords('алиэкспресс')).toEqual(['алиэкспресс']);
    expect(searchTerm('  ?! ')).toBe('');
  });
});

describe('respelling helpers', () => {
  it('reads a word typed with the wrong keyboard layout', () => {
    expect(fromWrongLayout('gjcskrf')).toBe('посылка');
    expect(fromWrongLayout('nfvj;yz')).toBe('таможня');
    expect(fromWrongLayout('посылка')).toBeNull();
    expect(fromWrongLayout(';;')).toBeNull();
  });
});
