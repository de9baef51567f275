/**
 * The files the build writes next to the Pagefind index for relaxed search (src/integrations/pagefind.ts) and
 * how the browser reads them. Pure: the engine fetches, this parses.
 */
import type { SynonymEntry } from './search-synonyms.ts';
import type { Vocabulary } from './search-typo.ts';

/** The synonyms, fetched with Pagefind on the first query (about a kilobyte). */
export const LEXICON_FILE = 'bg-lexicon.json';
/** The site's words starting with one letter, sorted: fetched the first time a query has a word with that letter. */
export const shardFile = (shard: string) => `bg-words-${shard}.json`;
/** Every word with its page count: fetched only when a word of a query needs correcting. */
export const VOCABULARY_FILE = 'bg-vocabulary.json';

export interface SearchLexicon {
  synonyms: SynonymEntry[];
  /** The shards that exist (shardOf() of their first letter). */
  shards: string[];
  /** How many records the index holds: how rare a word is, is its pages out of these. */
  pages: number;
}

/** The lexicon file as the browser uses it; anything malformed reads as empty. */
export function lexiconFrom(data: unknown): SearchLexicon {
  const raw = (data ?? {}) as Partial<SearchLexicon>;
  const synonyms = Array.isArray(raw.synonyms)
    ? raw.synonyms.filter(
        (e): e is SynonymEntry =>
          Array.isArray(e?.from) && e.from.every((f) => typeof f === 'string') && typeof e.to === 'string',
      )
    : [];
  const shards = Array.isArray(raw.shards) ? raw.shards.filter((s) => typeof s === 'string') : [];
  const pages = typeof raw.pages === 'number' && raw.pages > 0 ? raw.pages : 0;
  return { synonyms, shards, pages };
}

export function shardFrom(data: unknown): string[] {
  return Array.isArray(data) ? data.filter((w): w is string => typeof w === 'string') : [];
}

export function vocabularyFrom(data: unknown): Vocabulary | null {
  const v = data as Partial<Vocabulary> | null;
  if (!v || !Array.isArray(v.words) || !Array.isArray(v.pages) || v.words.length !== v.pages.length) return null;
  if (!v.words.every((w) => typeof w === 'string')) return null;
  return { words: v.words, pages: v.pages };
}
