import { describe, expect, it } from 'vitest';
import {
  fromWrongLayout,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  queryWords,
  respellings,
  respellQuery,
  searchTerm,
  typoPrefix,
  vowelVariants,
  inSiteWords,
} from '../../src/lib/search-query.ts';

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

  it('shortens long words to a safe beginning, never short ones or numbers', () => {
    expect(typoPrefix('роспотребнадзр')).toBe('роспотреб');
    expect(typoPrefix('чарджбек')).toBe('чардж');
    expect(typoPrefix('отзыв')).toBeNull();
    expect(typoPrefix('3dsecure')).toBeNull();
  });

  it('undoes one unstressed vowel slip at a time', () => {
    expect(vowelVariants('пасылка')).toContain('посылка');
    expect(vowelVariants('претензея')).toContain('претензия');
    expect(vowelVariants('аоаоаоаоао', 3)).toHaveLength(3);
  });

  it('offers respellings best first', () => {
    expect(respellings('непришла')[0]).toBe('не пришла');
    expect(respellings('gjcskrf')).toEqual(['посылка', 'посыл']);
    expect(respellings('чарджбек').at(-1)).toBe('чардж');
  });
});

describe('respellQuery', () => {
  const index: Record<string, number> = {
    посылка: 9,
    не: 3,
    пришла: 5,
    'не пришла': 6,
    роспотреб: 8,
    таможня: 12,
    visa: 4,
    вдз: 0,
  };
  const score = async (w: string) => index[w] ?? 0;

  it('keeps known words and replaces unknown ones with their first known respelling', async () => {
    expect(await respellQuery(['посылка', 'непришла'], score, 1.5)).toEqual(['посылка', 'не пришла']);
    expect(await respellQuery(['роспотребнадзр'], score, 1.5)).toEqual(['роспотреб']);
    expect(await respellQuery(['пасылка'], score, 1.5)).toEqual(['посылка']);
  });

  it('prefers the Russian layout only when the index knows it better', async () => {
    expect(await respellQuery(['nfvj;yz'], score, 1.5)).toEqual(['таможня']);
    expect(await respellQuery(['visa'], score, 1.5)).toEqual(['visa']);
    expect(await respellQuery(['yt'], score, 1.5)).toEqual(['не']);
  });

  it('leaves words it cannot fix, and short words, as typed', async () => {
    expect(await respellQuery(['зззззззз', 'в'], score, 1.5)).toEqual(['зззззззз', 'в']);
  });
});

describe('inSiteWords', () => {
  it('puts the site’s word in place of a colloquial one, keeping the ending', () => {
    expect(inSiteWords(['диспут', 'отклонили'])).toEqual(['спор', 'отклонили']);
    expect(inSiteWords(['открыть', 'диспута'])).toEqual(['открыть', 'спора']);
    expect(inSiteWords(['посылка'])).toBeNull();
  });
});
