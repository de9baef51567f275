import { describe, expect, it } from 'vitest';
import {
  phraseBonus,
  phraseMatch,
  PHRASE_CONTAINED_BONUS,
  PHRASE_EQUAL_BONUS,
  rerankByPhrase,
  sameWord,
} from './search-rank.ts';

describe('sameWord', () => {
  it('matches forms of one word and keeps short words exact', () => {
    expect(sameWord('пришла', 'пришло')).toBe(true);
    expect(sameWord('защиту', 'защита')).toBe(true);
    expect(sameWord('не', 'на')).toBe(false);
    expect(sameWord('посылка', 'оплата')).toBe(false);
    expect(sameWord('спор', 'споры')).toBe(true);
    expect(sameWord('спор', 'спортивный')).toBe(false);
  });
});

describe('phraseMatch', () => {
  it('rewards a field equal to the query more than one containing it', () => {
    expect(phraseMatch(['посылка', 'не', 'пришла'], 'посылка не пришла')).toBe(PHRASE_EQUAL_BONUS);
    expect(phraseMatch(['посылка', 'не', 'пришла'], 'Посылка не пришла, а защита заканчивается — что делать?')).toBe(
      PHRASE_CONTAINED_BONUS,
    );
    expect(phraseMatch(['посылка', 'не', 'пришла'], 'Пришло не всё или пустая посылка')).toBe(0);
  });

  it('ignores one-word queries: Pagefind ranks those well itself', () => {
    expect(phraseMatch(['диспут'], 'диспут')).toBe(0);
  });

  it('treats a respelled pair as its words', () => {
    expect(phraseMatch(['посылка', 'не пришла'], 'посылка не пришла')).toBe(PHRASE_EQUAL_BONUS);
  });
});

describe('rerankByPhrase', () => {
  it('lifts results whose alias or title is the query, keeping ties in order', () => {
    const items = [
      { id: 'a', score: 10, title: 'Пришло не всё или пустая посылка' },
      { id: 'b', score: 8, title: 'Посылка потерялась', aliases: 'посылка пропала; посылка не пришла' },
      { id: 'c', score: 5, title: 'Другое' },
      { id: 'd', score: 5, title: 'Ещё' },
    ];
    expect(rerankByPhrase(['посылка', 'не', 'пришла'], items).map((i) => i.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(phraseBonus(['посылка', 'не', 'пришла'], items[1]!)).toBe(PHRASE_EQUAL_BONUS);
  });
});
