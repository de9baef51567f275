import { SECTION_IDS, type SectionId } from '../../lib/sections.ts';

/**
 * What a search result is. Stored in the index as the `kind` filter (one value per page) and shown next to the
 * result, so a single result reads «Вопрос», «Статья». Pages without a kind are left out of the index: the home
 * page (a table of contents), /faq/ (every question is indexed on its own page) and /glossary/ (every term is
 * indexed on its own, see src/lib/search-glossary.ts), /search/ and 404.
 */
export const SEARCH_KINDS = ['Статья', 'Вопрос', 'Чек-лист', 'Инструмент', 'Словарь', 'Раздел', 'О проекте'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

/** Pagefind filters: `{ section: ['Споры'] }`. */
export type SearchFilters = Partial<Record<'kind' | 'section', string>>;

/**
 * A scope the reader can narrow a search to. The five guide sections filter on `section` (guides, their FAQ
 * questions and the section page); «Вопросы», «Чек-листы», «Инструменты» and «Словарь» filter on `kind`.
 */
export interface SearchScope {
  /** URL value: /search/?q=…&in=disputes */
  id: string;
  label: string;
  filters: SearchFilters;
}

export interface ScopeLabels {
  sections: Record<SectionId, { label: string }>;
  faq: string;
  checklists: string;
  tools: string;
  glossary: string;
}

export function searchScopes(labels: ScopeLabels): SearchScope[] {
  return [
    ...SECTION_IDS.map((id) => ({
      id,
      label: labels.sections[id].label,
      filters: { section: labels.sections[id].label },
    })),
    { id: 'faq', label: labels.faq, filters: { kind: 'Вопрос' } },
    { id: 'checklists', label: labels.checklists, filters: { kind: 'Чек-лист' } },
    { id: 'tools', label: labels.tools, filters: { kind: 'Инструмент' } },
    { id: 'glossary', label: labels.glossary, filters: { kind: 'Словарь' } },
  ];
}

/** The scope for a `?in=` value; unknown or empty values mean «everywhere» (undefined). */
export function scopeById(scopes: readonly SearchScope[], id: string | null | undefined): SearchScope | undefined {
  return id ? scopes.find((s) => s.id === id) : undefined;
}

/**
 * The small grey line above a result's title: where it lives on the site. A guide shows its section
 * («Споры»), a question «Вопрос · Споры», a checklist «Чек-лист».
 */
export function resultPlace(filters: Partial<Record<string, readonly string[]>> | undefined): string {
  const kind = filters?.kind?.[0];
  const section = filters?.section?.[0];
  if (kind === 'Статья' && section) return section;
  if (kind && section) return `${kind} · ${section}`;
  return kind ?? section ?? '';
}
