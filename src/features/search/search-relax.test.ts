import { describe, expect, it } from 'vitest';
import { combineHits, COVERAGE_POWER, judgePlan, planQuery, type Lexicon } from './search-relax.ts';
import { isStopWord } from './search-stopwords.ts';
import { validateSynonyms } from './search-synonyms.ts';
import type { Vocabulary } from './search-typo.ts';

const SITE = ['посылка', 'пришла', 'вручена', 'таможня', 'деньги', 'вернуть', 'продавец', 'отвечает', 'товар', 'суд'];
const vocabulary: Vocabulary = {
  words: [...SITE, 'потерялась', 'отслеживается'],
  pages: SITE.map(() => 5).concat(3, 3),
};
const lexicon: Lexicon = {
  known: async (w) => [...SITE, 'потерялась'].includes(w),
  synonyms: validateSynonyms([
    { from: ['бабки', 'бабла'], to: 'деньги' },
    { from: ['диспут*'], to: 'спор' },
  ]),
};
let vocabularyLoads = 0;
const loadVocabulary = async () => {
  vocabularyLoads += 1;
  return vocabulary;
};
const plan = (q: string) => planQuery(q.split(' '), lexicon, loadVocabulary);

describe('planQuery', () => {
  it('sorts out stop words, known words, wrong layout and shoppers’ words without the vocabulary', async () => {
    vocabularyLoads = 0;
    const p = await plan('посылка yt пришла а бабки');
    expect(p.map((w) => w.kind)).toEqual(['known', 'stop', 'known', 'stop', 'synonym']);
    expect(p[1]!.fixed).toBe('не');
    expect(p[4]!.search).toEqual(['деньги']);
    expect(vocabularyLoads).toBe(0);
  });

  it('corrects a misspelling one letter away and only guesses at farther or short ones', async () => {
    const p = await plan('пасылка патерялась товр');
    expect(p.map((w) => [w.kind, w.fixed])).toEqual([
      ['corrected', 'посылка'],
      ['corrected', 'потерялась'],
      ['guessed', 'товар'],
    ]);
  });

  it('splits «не» typed together with a word, and leaves out what is near nothing', async () => {
    const p = await plan('непришла кукарямба');
    expect(p[0]).toMatchObject({ kind: 'corrected', search: ['пришла'], fixed: 'не пришла' });
    expect(p[1]).toMatchObject({ kind: 'unknown', search: [] });
  });
});

describe('judgePlan', () => {
  it('searches the meaningful words, says which were left out and suggests the fixed query', async () => {
    const v = judgePlan(await plan('пасылка не пришла кукарямба'));
    expect(v.terms.map((t) => t.search)).toEqual([['посылка'], ['пришла']]);
    expect(v.dropped).toEqual(['кукарямба']);
    expect(v.suggestion).toBeNull(); // a word stays unknown: no query to suggest
    expect(judgePlan(await plan('пасылка пришла')).suggestion).toBe('посылка пришла');
  });

  it('answers nothing when no word is understood or all had to be guessed, and still suggests', async () => {
    expect(judgePlan(await plan('ааааааа')).terms).toEqual([]);
    const guessed = judgePlan(await plan('товр'));
    expect(guessed.terms).toEqual([]);
    expect(guessed.suggestion).toBe('товар');
  });

  it('answers nothing when fewer than half the meaningful words are the site’s', async () => {
    expect(judgePlan(await plan('рецепт борща на суд')).terms).toEqual([]);
    expect(judgePlan(await plan('вернуть деньги кукарямба')).terms.length).toBe(2);
  });

  it('weighs a guessed word half beside words typed right', async () => {
    expect(judgePlan(await plan('товр вернуть')).terms.map((t) => t.weight)).toEqual([0.5, 1]);
  });
});

describe('combineHits', () => {
  it('ranks a page with every word above one that scores higher on a single word', () => {
    const ranked = combineHits(
      [{ weight: 1 }, { weight: 1 }],
      [
        [
          [
            { id: 'all', score: 5 },
            { id: 'one', score: 12 },
          ],
        ],
        [[{ id: 'all', score: 5 }]],
      ],
      [],
      10,
    );
    expect(ranked.map((h) => h.id)).toEqual(['all', 'one']);
    expect(ranked[0]!.score).toBeCloseTo(10);
    expect(COVERAGE_POWER).toBeGreaterThan(1);
  });

  it('counts a rare word more towards coverage than a word on every page', () => {
    const common = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, score: 1 }));
    const ranked = combineHits([{ weight: 1 }, { weight: 1 }], [[common], [[{ id: 'rare', score: 1 }]]], [], 10);
    expect(ranked[0]!.id).toBe('rare');
  });

  it('scores a site word a little below the shopper’s own word, and adds the search for all words', () => {
    const ranked = combineHits(
      [{ weight: 1 }],
      [[[{ id: 'a', score: 2 }], [{ id: 'b', score: 2 }]]],
      [{ id: 'b', score: 1 }],
    );
    expect(ranked.map((h) => h.id)).toEqual(['b', 'a']);
    expect(ranked[1]!.score).toBe(2);
  });
});

describe('stop words', () => {
  it('hold question words and «не», not the words that name a wrong item', () => {
    for (const w of ['а', 'я', 'мне', 'что', 'как', 'если', 'уже', 'почему', 'ли', 'не', 'ещё'])
      expect(isStopWord(w)).toBe(true);
    for (const w of ['тот', 'то', 'посылка', 'суд']) expect(isStopWord(w)).toBe(false);
  });
});
