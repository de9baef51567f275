import { describe, expect, it } from 'vitest';
import {
  editDistance,
  isKnownWord,
  nearestWord,
  shardOf,
  textWords,
  vocabularyFromTexts,
  vocabularyShards,
} from './search-typo.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('посылка', 'посылка')).toBe(0);
    expect(editDistance('пасылка', 'посылка')).toBe(1);
    expect(editDistance('рзбитый', 'разбитый')).toBe(1);
    expect(editDistance('посылак', 'посылка')).toBe(1);
    expect(editDistance('дакозательства', 'доказательства')).toBe(2);
  });

  it('gives up above the limit', () => {
    expect(editDistance('ааааааа', 'посылка', 2)).toBe(3);
    expect(editDistance('а', 'посылка', 2)).toBe(3);
  });
});

describe('vocabulary', () => {
  const vocab = vocabularyFromTexts(
    ['Посылка не пришла. Посылку вручили.', 'Посылка потерялась, трек-номер молчит.', 'Суд и претензия.'],
    ['AliExpress'],
    2,
  );

  it('keeps words on enough pages, and the always-words, most used first', () => {
    expect(vocab.words[0]).toBe('посылка');
    expect(vocab.pages[0]).toBe(2);
    expect(vocab.words).toContain('aliexpress');
    expect(vocab.words).not.toContain('потерялась');
    expect(textWords('Трек-номер, ёлка')).toEqual(['трек', 'номер', 'елка']);
  });

  it('is split into sorted shards by first letter', () => {
    const all = vocabularyFromTexts(['посылка пришла потерялась суд'], [], 1);
    const shards = vocabularyShards(all);
    expect(shards.get(shardOf('посылка'))).toEqual(['посылка', 'потерялась', 'пришла']);
  });
});

describe('isKnownWord', () => {
  const shard = ['задержана', 'продавец', 'продолжить', 'суд', 'суде'];
  it('knows forms of a site word by their shared beginning', () => {
    expect(isKnownWord('задержали', shard)).toBe(true);
    expect(isKnownWord('продавца', shard)).toBe(true);
    expect(isKnownWord('суд', shard)).toBe(true);
  });
  it('does not take a misspelling or nonsense for a form', () => {
    expect(isKnownWord('продовец', shard)).toBe(false);
    expect(isKnownWord('сдвиг', shard)).toBe(false);
    expect(isKnownWord('ааааааа', ['а', 'аа'])).toBe(false);
  });
});

describe('nearestWord', () => {
  const vocab = { words: ['посылка', 'посылку', 'отвечает', 'товар', 'около'], pages: [9, 5, 4, 6, 3] };
  it('corrects one edit with confidence, farther or shorter ones as a guess', () => {
    expect(nearestWord('пасылка', vocab)).toEqual({ word: 'посылка', distance: 1, confident: true });
    expect(nearestWord('атвечает', vocab)).toMatchObject({ word: 'отвечает', confident: true });
    expect(nearestWord('товр', vocab)).toMatchObject({ word: 'товар', confident: false });
    expect(nearestWord('пасылко', vocab)).toMatchObject({ word: 'посылка', distance: 2, confident: false });
  });
  it('finds nothing for nonsense, short words, or a word already there', () => {
    expect(nearestWord('ааааааа', vocab)).toBeNull();
    expect(nearestWord('в', vocab)).toBeNull();
    expect(nearestWord('посылка', vocab)).toBeNull();
  });
});
