import { describe, expect, it } from 'vitest';
import { isSearchKind, resultPlace, scopeById, searchScopes, SEARCH_KINDS } from './search-facets.ts';

const labels = {
  sections: {
    problems: { label: 'Проблемы' },
    contact: { label: 'Связь' },
    prepare: { label: 'Подготовка' },
    disputes: { label: 'Споры' },
    escalation: { label: 'Куда жаловаться' },
  },
  faq: 'Вопросы',
  checklists: 'Чек-листы',
  tools: 'Инструменты',
  glossary: 'Словарь',
};

describe('searchScopes', () => {
  it('offers the nine scopes of the issue: five sections, then four kinds', () => {
    const scopes = searchScopes(labels);
    expect(scopes.map((s) => s.label)).toEqual([
      'Проблемы',
      'Связь',
      'Подготовка',
      'Споры',
      'Куда жаловаться',
      'Вопросы',
      'Чек-листы',
      'Инструменты',
      'Словарь',
    ]);
    expect(scopeById(scopes, 'disputes')?.filters).toEqual({ section: 'Споры' });
    expect(scopeById(scopes, 'faq')?.filters).toEqual({ kind: 'Вопрос' });
  });

  it('filters only on kinds that exist in the index', () => {
    for (const s of searchScopes(labels)) if (s.filters.kind) expect(isSearchKind(s.filters.kind)).toBe(true);
    expect(SEARCH_KINDS).not.toContain('Главная');
  });

  it('treats unknown and empty scope ids as «everywhere»', () => {
    const scopes = searchScopes(labels);
    expect(scopeById(scopes, 'nope')).toBeUndefined();
    expect(scopeById(scopes, '')).toBeUndefined();
    expect(scopeById(scopes, null)).toBeUndefined();
  });
});

describe('resultPlace', () => {
  it('names where a result lives', () => {
    expect(resultPlace({ kind: ['Статья'], section: ['Споры'] })).toBe('Споры');
    expect(resultPlace({ kind: ['Раздел'], section: ['Споры'] })).toBe('Раздел · Споры');
    expect(resultPlace({ kind: ['Чек-лист'] })).toBe('Чек-лист');
    expect(resultPlace(undefined)).toBe('');
  });
});
