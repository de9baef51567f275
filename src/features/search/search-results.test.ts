import { describe, expect, it } from 'vitest';
import { safeHref, shapeResult, withoutLeadingTitle } from './search-results.ts';
import { parseExcerpt, excerptText } from './search-excerpt.ts';

const guide = {
  url: '/problems/lost-parcel/',
  excerpt: 'Посылка потерялась: как вернуть деньги. Если <mark>посылка</mark> не дошла',
  meta: { title: 'Посылка потерялась: как\u00a0вернуть деньги', summary: 'Коротко о главном.' },
  filters: { kind: ['Статья'], section: ['Проблемы'] },
  sub_results: [
    {
      title: 'Посылка потерялась: как\u00a0вернуть деньги',
      url: '/problems/lost-parcel/',
      excerpt: 'x',
      locations: [1, 2, 3],
    },
    {
      title: 'Коротко',
      url: '/problems/lost-parcel/#summary-title',
      excerpt: 'x',
      locations: [4, 5, 6, 7],
      anchor: { id: 'summary-title' },
    },
    {
      title: 'Открываем спор',
      url: '/problems/lost-parcel/#cl-open-dispute-x-title',
      excerpt: 'x',
      locations: [8, 9],
      anchor: { id: 'cl-open-dispute-x-title' },
    },
    {
      title: 'Что сделать сейчас',
      url: '/problems/lost-parcel/#что-сделать-сейчас',
      excerpt: 'Проверьте <mark>посылку</mark>',
      locations: [10],
    },
    { title: 'Трек пишет «доставлено»', url: '/problems/lost-parcel/#трек', excerpt: 'a', locations: [11, 12, 13] },
    { title: 'Какие доказательства', url: '/problems/lost-parcel/#док', excerpt: 'b', locations: [14, 15] },
    { title: 'Если не помогло', url: '/problems/lost-parcel/#если', excerpt: 'c', locations: [16] },
  ],
};

describe('shapeResult', () => {
  it('gives title, place, excerpt without the repeated title, and safe links', () => {
    const r = shapeResult(guide);
    expect(r.url).toBe('/problems/lost-parcel/');
    expect(r.title).toBe('Посылка потерялась: как\u00a0вернуть деньги');
    expect(r.place).toBe('Проблемы');
    expect(excerptText(r.excerpt)).toBe('Если посылка не дошла');
    expect(r.excerpt.find((p) => p.mark)?.text).toBe('посылка');
  });

  it('keeps the best-matching headings in page order, without the page itself, the summary or checklists', () => {
    const r = shapeResult(guide, 3);
    expect(r.subResults.map((s) => s.title)).toEqual([
      'Что сделать сейчас',
      'Трек пишет «доставлено»',
      'Какие доказательства',
    ]);
    expect(r.subResults[0]!.excerpt).toEqual([
      { text: 'Проверьте ', mark: false },
      { text: 'посылку', mark: true },
    ]);
  });

  it('falls back to the summary when the excerpt repeats a heading shown below', () => {
    const r = shapeResult({ ...guide, excerpt: 'Проверьте <mark>посылку</mark>' });
    expect(r.excerpt).toEqual([{ text: 'Коротко о главном.', mark: false }]);
  });

  it('handles a result with nothing but a URL', () => {
    expect(shapeResult({ url: '/about/' })).toEqual({
      url: '/about/',
      title: '/about/',
      place: '',
      excerpt: [],
      subResults: [],
    });
  });

  it('labels a question with its kind and section, a glossary term with its kind', () => {
    expect(shapeResult({ url: '/faq/x/', filters: { kind: ['Вопрос'], section: ['Споры'] } }).place).toBe(
      'Вопрос · Споры',
    );
    expect(shapeResult({ url: '/glossary/#dispute', filters: { kind: ['Словарь'] } }).place).toBe('Словарь');
  });
});

describe('withoutLeadingTitle', () => {
  it('cuts the title, or the tail of it the excerpt starts with', () => {
    const title = 'Можно\u00a0ли позвонить в\u00a0поддержку AliExpress?';
    expect(
      excerptText(
        withoutLeadingTitle(parseExcerpt('ли <mark>позвонить</mark> в поддержку AliExpress? Нет: линии нет.'), title),
      ),
    ).toBe('Нет: линии нет.');
    expect(excerptText(withoutLeadingTitle(parseExcerpt('Другой текст'), title))).toBe('Другой текст');
  });
});

describe('safeHref', () => {
  it('lets only site paths through', () => {
    expect(safeHref('/faq/x/#a')).toBe('/faq/x/#a');
    for (const bad of ['javascript:alert(1)', '//evil.example/', 'https://evil.example/', '/\\evil', '/a b'])
      expect(safeHref(bad)).toBe('/');
  });
});
