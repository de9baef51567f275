/**
 * The bridge to Pagefind's JavaScript API. Loaded only after the reader shows intent (see search-trigger.ts) or on
 * /search/. The bundle at /pagefind/pagefind.js is written by the build (src/integrations/pagefind.ts) and is
 * imported at run time from the site itself: the path is a variable so Vite never tries to bundle it.
 */
import { fromWrongLayout, normalizeQuery, queryWords } from './search-query.ts';
import { shapeResult, type PagefindResultData, type ResultView } from './search-results.ts';
import { rerankByPhrase } from './search-rank.ts';
import type { SearchFilters } from './search-facets.ts';
import { combineHits, judgePlan, planQuery, type Lexicon, type ScoredHit } from './search-relax.ts';
import { LEXICON_FILE, lexiconFrom, shardFile, shardFrom, VOCABULARY_FILE, vocabularyFrom } from './search-lexicon.ts';
import { isKnownWord, shardOf, type Vocabulary } from './search-typo.ts';

interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindHit[];
  totalFilters?: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: SearchFilters }): Promise<PagefindResponse | null>;
}

const BUNDLE_URL = '/pagefind/pagefind.js';

/**
 * Ranking tuned on tests/browser/search-queries.ts (run tests/browser/search-quality.spec.ts after changing it).
 * Guides are long and FAQ answers short: a softer page-length penalty keeps a guide that is about the query
 * from losing to a short page that merely mentions its words.
 */
const RANKING = { pageLength: 0.5, metaWeights: { title: 5, aliases: 8 } };

/**
 * Results scoring below this share of the best one are dropped: Pagefind matches any of the words, so a query
 * like «как открыть спор» would otherwise list every page that says «как».
 */
const RELATIVE_CUTOFF = 0.12;

/** How many of the best results are re-ordered by phrase matches on their title and aliases (search-rank.ts). */
const RERANK_POOL = 12;

export type Unavailable = 'not-built' | 'failed';
export class SearchUnavailableError extends Error {
  constructor(readonly reason: Unavailable) {
    super(`search unavailable: ${reason}`);
  }
}

let api: Promise<PagefindApi> | null = null;

async function probeBundle(): Promise<Unavailable> {
  try {
    const res = await fetch(BUNDLE_URL, { method: 'HEAD', cache: 'no-store' });
    return res.status === 404 ? 'not-built' : 'failed';
  } catch {
    return 'failed';
  }
}

/** Starts loading Pagefind (its script, WebAssembly and index metadata); safe to call often. */
export function loadSearch(): Promise<PagefindApi> {
  void loadLexicon();
  api ??= (async () => {
    let mod: PagefindApi;
    try {
      const url = BUNDLE_URL;
      mod = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // No web worker: searching 150 records on the main thread takes a few milliseconds, and the worker's own
      // copy of Pagefind would cost ~12 KB more on the first query (CSP then needs no worker-src for search).
      await mod.options({ excerptLength: 22, ranking: RANKING, noWorker: true });
      await mod.init();
    } catch {
      api = null;
      throw new SearchUnavailableError(await probeBundle());
    }
    return mod;
  })();
  return api;
}

let lexicon: Promise<ReturnType<typeof lexiconFrom>> | null = null;
const shards = new Map<string, Promise<string[]>>();
let vocabulary: Promise<Vocabulary | null> | null = null;

async function fetchJson(file: string): Promise<unknown> {
  try {
    const res = await fetch(`${BUNDLE_URL.replace(/[^/]+$/, '')}${file}`);
    return res.ok ? await res.json() : null;
  } catch {
    return null;
  }
}

/** The synonyms and the list of word shards (about a kilobyte, written by the build); loaded with Pagefind. */
function loadLexicon() {
  lexicon ??= fetchJson(LEXICON_FILE).then(lexiconFrom);
  return lexicon;
}

function loadShard(shard: string): Promise<string[]> {
  let words = shards.get(shard);
  if (!words) {
    words = fetchJson(shardFile(shard)).then(shardFrom);
    shards.set(shard, words);
  }
  return words;
}

/**
 * The lexicon the relaxed search asks: a word is known when the site has it or a form of it (its shard of the
 * vocabulary) and the index finds pages for it. Without the vocabulary files (an old build) every word the
 * index finds counts as known, as before.
 */
async function lexiconFor(pf: PagefindApi): Promise<Lexicon> {
  const lex = await loadLexicon();
  const hasShards = lex.shards.length > 0;
  return {
    synonyms: lex.synonyms,
    known: async (word) => {
      const inVocabulary =
        !hasShards ||
        /^\d+$/.test(word) ||
        (lex.shards.includes(shardOf(word)) && isKnownWord(word, await loadShard(shardOf(word))));
      return inVocabulary && (await searchWord(pf, word, undefined)).length > 0;
    },
  };
}

/** The full vocabulary for spelling correction: fetched the first time a word needs correcting. */
function loadVocabulary(): Promise<Vocabulary | null> {
  vocabulary ??= fetchJson(VOCABULARY_FILE).then(vocabularyFrom);
  return vocabulary;
}

/** One search per word and scope, remembered for the page's life: typing a question repeats most of its words. */
const wordSearches = new Map<string, Promise<ScoredHit[]>>();
const hitById = new Map<string, PagefindHit>();

function searchWord(pf: PagefindApi, word: string, filters: SearchFilters | undefined): Promise<ScoredHit[]> {
  const key = `${JSON.stringify(filters ?? {})}\u0000${word}`;
  let hits = wordSearches.get(key);
  if (!hits) {
    hits = pf.search(word, filters ? { filters } : {}).then((r) =>
      (r?.results ?? []).map((h) => {
        hitById.set(h.id, h);
        return { id: h.id, score: h.score };
      }),
    );
    wordSearches.set(key, hits);
  }
  return hits;
}

export interface SearchOutcome {
  /** The query as the reader typed it. */
  query: string;
  /** The words searched, after fixing layout, misspellings and shoppers' words. */
  term: string;
  total: number;
  results: ResultView[];
  /** Words left out because the site does not know them, as typed: «Показаны результаты без слов: …». */
  dropped: string[];
  /** The query as it probably should have been typed, when that differs: «Возможно, вы имели в виду…». */
  suggestion: string | null;
}

/** Searches, returning the first `limit` results shaped for display; null for an empty query. */
export async function search(
  query: string,
  options: { filters?: SearchFilters; limit?: number } = {},
): Promise<SearchOutcome | null> {
  const words = queryWords(normalizeQuery(query));
  if (!words.length) return null;
  // The words' shards of the vocabulary load while Pagefind starts, not after it (only shards that exist: a
  // missing file would be a failed request).
  void loadLexicon().then((lex) => {
    for (const w of words.flatMap((w) => [w, fromWrongLayout(w) ?? w])) {
      if (lex.shards.includes(shardOf(w))) void loadShard(shardOf(w));
    }
  });
  const pf = await loadSearch();
  const plan = await planQuery(words, await lexiconFor(pf), loadVocabulary);
  let verdict = judgePlan(plan);
  // A query of nothing but small words («как», «что если») is searched as typed.
  if (plan.every((p) => p.kind === 'stop')) verdict = { ...verdict, terms: [{ search: [words.join(' ')], weight: 1 }] };
  const term = verdict.terms.map((t) => t.search[0]).join(' ');
  const empty = { query, term, total: 0, results: [], dropped: verdict.dropped, suggestion: verdict.suggestion };
  if (!verdict.terms.length) return empty;

  const together = verdict.terms.length > 1 ? term : '';
  const [hits, all] = await Promise.all([
    Promise.all(verdict.terms.map((t) => Promise.all(t.search.map((w) => searchWord(pf, w, options.filters))))),
    together ? searchWord(pf, together, options.filters) : Promise.resolve([]),
  ]);
  const ranked = combineHits(verdict.terms, hits, all, (await loadLexicon()).pages);
  const best = ranked[0]?.score ?? 0;
  const kept = ranked.filter((h) => h.score >= best * RELATIVE_CUTOFF);
  const limit = options.limit ?? 10;
  const pool = kept.slice(0, Math.max(limit, RERANK_POOL));
  const loaded = await Promise.all(
    pool.map(async (h) => {
      const data = await hitById.get(h.id)!.data();
      return { score: h.score, title: data.meta?.title, aliases: data.meta?.aliases, data };
    }),
  );
  // The phrase bonus compares the query as it should have been typed, small words included («не пришла»), and
  // the same in the site's words («вернуть бабки» as «вернуть деньги»).
  const known = plan.filter((p) => p.kind !== 'unknown');
  const asFixed = known.map((p) => p.fixed);
  const inSiteWords = known.map((p) => (p.kind === 'stop' ? p.fixed : (p.search.at(-1) ?? p.fixed)));
  const content = verdict.terms.map((t) => t.search);
  const marks = verdict.terms.flatMap((t) => t.search);
  const results = rerankByPhrase([asFixed, inSiteWords], loaded, content)
    .slice(0, limit)
    .map((r) => shapeResult(r.data, 3, marks));
  return { ...empty, total: kept.length, results };
}
