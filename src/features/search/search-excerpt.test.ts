import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptText, keepMeaningfulMarks, parseExcerpt } from './search-excerpt.ts';

describe('parseExcerpt', () => {
  it('splits Pagefind excerpts into marked and plain parts', () => {
    expect(parseExcerpt('Если <mark>посылка</mark> не <mark>пришла</mark>, откройте спор')).toEqual([
      { text: 'Если ', mark: false },
      { text: 'посылка', mark: true },
      { text: ' не ', mark: false },
      { text: 'пришла', mark: true },
      { text: ', откройте спор', mark: false },
    ]);
  });

  it('decodes entities into text and never turns other tags into markup', () => {
    const parts = parseExcerpt('a &lt;b&gt; &amp; <img src=x onerror=alert(1)> <mark>&quot;x&quot;</mark>');
    expect(parts.every((p) => typeof p.text === 'string')).toBe(true);
    expect(excerptText(parts)).toBe('a <b> & <img src=x onerror=alert(1)> "x"');
    expect(parts.filter((p) => p.mark)).toEqual([{ text: '"x"', mark: true }]);
  });

  it('merges neighbouring parts and ignores empty marks', () => {
    expect(parseExcerpt('<mark></mark>спор<MARK>а</MARK>')).toEqual([
      { text: 'спор', mark: false },
      { text: 'а', mark: true },
    ]);
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities, leaves unknown ones', () => {
    expect(decodeEntities('&#39;&#x41;&nbsp;&unknown;&#0;')).toBe("'A\u00a0&unknown;&#0;");
  });
});

describe('keepMeaningfulMarks', () => {
  it('unmarks words that only begin with a short query word, keeps forms of the long ones', () => {
    const parts = parseExcerpt(
      '<mark>посылки</mark> <mark>нет.</mark> <mark>неприятный</mark> <mark>не</mark> <mark>пришла</mark>',
    );
    const kept = keepMeaningfulMarks(parts, ['посылка', 'не', 'пришла']);
    expect(kept.filter((p) => p.mark).map((p) => p.text)).toEqual(['посылки', 'пришла']);
    expect(excerptText(kept)).toBe('посылки нет. неприятный не пришла');
  });

  it('reads a respelled pair of words and ё as е', () => {
    const kept = keepMeaningfulMarks(parseExcerpt('<mark>пришёл</mark>'), ['не пришел']);
    expect(kept).toEqual([{ text: 'пришёл', mark: true }]);
  });
});
