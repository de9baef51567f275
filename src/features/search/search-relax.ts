/**
 * Questions as people type them («посылка вручена но я не получал») rarely have every word on one page, and
 * Pagefind wants them all. This plans a relaxed search instead, the way search engines do: each word of the
 * query is sorted out (a word that says nothing, a word the site knows, the keyboard left in Latin, a shopper's
 * word for a site word, a misspelling, a word the site does not know), the meaningful ones are searched one by
 * one, and pages are ranked by how many of them they match and how well. Pure: the search engine
 * (src/scripts/search-engine.ts) supplies what the index knows and runs the searches.
 */
import { fromWrongLayout } from './search-query.ts';
import { isStopWord } from './search-stopwords.ts';
import { siteWordsFor, type SynonymEntry } from './search-synonyms.ts';
import { nearestWord, type Vocabulary } from './search-typo.ts';

export type WordKind =
  /** carries no meaning: «а», «я», «почему» (src/lib/search-stopwords.ts) */
  | 'stop'
  /** on the site as typed */
  | 'known'
  /** typed with the keyboard in the Latin layout: «nfvj;yz» → «таможня» */
  | 'layout'
  /** a shopper's word searched with the site's words: «бабки» → «деньги» */
  | 'synonym'
  /** a misspelling one letter away from a site word: searched corrected */
  | 'corrected'
  /** a farther or shorter misspelling: only suggested, and searched only beside words the site knows */
  | 'guessed'
  /** unknown to the site and nothing near it: left out */
  | 'unknown';

export interface PlannedWord {
  typed: string;
  kind: WordKind;
  /** What is searched for this word (one query each, a page scoring its best); empty for stop and unknown words. */
  search: string[];
  /** The word as it should have been typed, for «Возможно, вы имели в виду…». */
  fixed: string;
}

export interface Lexicon {
  /** Whether the site has this word or a form of it (lower case, ё as е) and the index finds it. */
  known(word: string): Promise<boolean>;
  synonyms: readonly SynonymEntry[];
}

const yo = (w: string) => w.replace(/ё/g, 'е');

function withSynonyms(word: string, lexicon: Lexicon, own: boolean): string[] {
  const site = siteWordsFor(word, lexicon.synonyms);
  const out = own ? [word] : [];
  if (site) out.push(site.join(' '));
  return out;
}

/**
 * Sorts out every word of a query. `vocabulary` is asked for only when a word is neither known, nor a stop word,
 * nor a synonym, nor in the wrong layout: it is the one download a correctly typed query never needs.
 */
export async function planQuery(
  words: readonly string[],
  lexicon: Lexicon,
  vocabulary: () => Promise<Vocabulary | null>,
): Promise<PlannedWord[]> {
  // Every word at once: each may wait for a shard of the vocabulary and a search.
  return Promise.all(
    words.map(async (typed): Promise<PlannedWord> => {
      const w = yo(typed);
      const swapped = fromWrongLayout(w);
      const word =
        swapped && !(await lexicon.known(w)) && (isStopWord(swapped) || (await lexicon.known(swapped))) ? swapped : w;
      const kindIfOk: WordKind = word === w ? 'known' : 'layout';
      if (isStopWord(word)) {
        return { typed, kind: 'stop', search: [], fixed: word };
      }
      const site = siteWordsFor(word, lexicon.synonyms);
      const known = await lexicon.known(word);
      if (site) {
        return {
          typed,
          kind: word === w ? 'synonym' : 'layout',
          search: withSynonyms(word, lexicon, known),
          fixed: word,
        };
      }
      if (known) {
        return { typed, kind: kindIfOk, search: [word], fixed: word };
      }
      // «непришла»: «не» typed together with a word the site knows.
      if (/^не\p{L}{4,}$/u.test(word) && (await lexicon.known(word.slice(2)))) {
        return { typed, kind: 'corrected', search: [word.slice(2)], fixed: `не ${word.slice(2)}` };
      }
      const vocab = await vocabulary();
      const near = vocab ? nearestWord(word, vocab) : null;
      if (near && isStopWord(near.word)) {
        return { typed, kind: 'stop', search: [], fixed: near.word };
      }
      if (near) {
        return {
          typed,
          kind: near.confident ? 'corrected' : 'guessed',
          search: withSynonyms(near.word, lexicon, true),
          fixed: near.word,
        };
      }
      return { typed, kind: 'unknown', search: [], fixed: typed };
    }),
  );
}

/** Words that count as understood: on the site, fixed with certainty, or translated from shoppers' words. */
const TRUSTED: ReadonlySet<WordKind> = new Set(['known', 'layout', 'synonym', 'corrected']);

export interface PlanVerdict {
  /** Words to search, each with its alternatives and weight. Empty: show «ничего не нашлось». */
  terms: { search: string[]; weight: number }[];
  /** Words left out because the site does not know them, as typed. */
  dropped: string[];
  /** The query with misspellings and layout fixed, when that differs from what was typed; else null. */
  suggestion: string | null;
}

/** A guessed word counts half: it may be wrong, and it must not outweigh the words the reader typed right. */
const GUESS_WEIGHT = 0.5;

/**
 * What to do with a plan. Nothing is searched when no meaningful word is understood (nonsense, a pasted tag, a
 * query whose words all had to be guessed), or when fewer than half of its meaningful words are (a question
 * about something else that shares one word with the site); the suggestion is still offered then.
 */
export function judgePlan(plan: readonly PlannedWord[]): PlanVerdict {
  // A suggestion only when a meaningful word was fixed and every meaningful word is then understood.
  const changed = plan.some((p) => p.kind !== 'stop' && p.kind !== 'unknown' && yo(p.typed) !== p.fixed);
  const suggestion =
    changed && !plan.some((p) => p.kind === 'unknown')
      ? plan.map((p) => (p.kind === 'stop' ? yo(p.typed) : p.fixed)).join(' ')
      : null;
  const meaningful = plan.filter((p) => p.kind !== 'stop');
  const trusted = meaningful.filter((p) => TRUSTED.has(p.kind));
  const dropped = meaningful.filter((p) => p.kind === 'unknown').map((p) => p.typed);
  if (!trusted.length || trusted.length * 2 < meaningful.length) return { terms: [], dropped, suggestion };
  const terms = meaningful
    .filter((p) => p.search.length)
    .map((p) => ({ search: p.search, weight: p.kind === 'guessed' ? GUESS_WEIGHT : 1 }));
  return { terms, dropped, suggestion };
}

export interface ScoredHit {
  id: string;
  score: number;
}

/** How strongly a page matching fewer of the words is pushed down: its score × (share of the words)^power. */
export const COVERAGE_POWER = 2;
/** A site word found for a shopper's word counts a little less than the word itself. */
export const SYNONYM_WEIGHT = 0.9;

/**
 * Combines one search per word into one ranking. `hits[i][j]` are the results of the j-th alternative of the i-th
 * term. A page scores, per term, its best alternative (site words × SYNONYM_WEIGHT); the term scores add up
 * (as in BM25, where a rarer word weighs more) and the sum is multiplied by the covered share of the terms
 * (each weighted by its rarity: ln(1 + pages / pages with the word)) to the power COVERAGE_POWER, so a page with every word beats one that repeats a single word. `all` is
 * the search for all the words together (pages with every word), whose score is added.
 */
export function combineHits(
  terms: readonly { weight: number }[],
  hits: readonly (readonly (readonly ScoredHit[])[])[],
  all: readonly ScoredHit[] = [],
  pageCount = 0,
): ScoredHit[] {
  const perTerm = terms.map((term, i) => {
    const best = new Map<string, number>();
    (hits[i] ?? []).forEach((alt, j) => {
      const factor = j === 0 ? 1 : SYNONYM_WEIGHT;
      for (const h of alt) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score * factor));
    });
    // A word on every page says little about which page is meant: its share of the coverage follows its rarity.
    const pages = Math.max(pageCount, best.size, 1);
    const rarity = Math.log(1 + pages / Math.max(best.size, 1));
    return { best, weight: term.weight, share: term.weight * rarity };
  });
  const totalShare = perTerm.reduce((s, t) => s + t.share, 0) || 1;
  const pages = new Map<string, { sum: number; covered: number }>();
  for (const term of perTerm) {
    for (const [id, score] of term.best) {
      const page = pages.get(id) ?? { sum: 0, covered: 0 };
      page.sum += score * term.weight;
      page.covered += term.share;
      pages.set(id, page);
    }
  }
  // Pagefind's own score for all the words at once adds what per-word scores miss: a title or reader phrase
  // holding several of the words together.
  const together = new Map(all.map((h) => [h.id, h.score]));
  return [...pages]
    .map(([id, p]) => ({ id, score: p.sum * (p.covered / totalShare) ** COVERAGE_POWER + (together.get(id) ?? 0) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
