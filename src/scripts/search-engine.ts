/**
 * The bridge to Pagefind's JavaScript API. Loaded only after the reader shows intent (see search-trigger.ts) or on
 * /search/. The bundle at /pagefind/pagefind.js is written by the build (src/integrations/pagefind.ts) and is
 * imported at run time from the site itself: the path is a variable so Vite never tries to bundle it.
 */
import { inSiteWords, normalizeQuery, queryWords, respellQuery } from '../lib/search-query.ts';
import { shapeResult, type PagefindResultData, type ResultView } from '../lib/search-results.ts';
import { rerankByPhrase } from '../lib/search-rank.ts';
import type { SearchFilters } from '../lib/search-facets.ts';

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
const RERANK_POOL = 8;

/** A word is «known» to the index when searching for it alone finds something scoring at least this. */
const KNOWN_WORD_SCORE = 1.5;

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

const wordScores = new Map<string, Promise<number>>();

/** How well the index knows a word: the best score of a search for it alone (remembered per page). */
function wordScore(pf: PagefindApi, word: string): Promise<number> {
  let score = wordScores.get(word);
  if (!score) {
    score = pf.search(word).then((r) => r?.results[0]?.score ?? 0);
    wordScores.set(word, score);
  }
  return score;
}

/** Results of the query and of its site-words twin, each page once with its better score, best first. */
function mergeHits(a: readonly PagefindHit[], b: readonly PagefindHit[]): PagefindHit[] {
  const byId = new Map<string, PagefindHit>();
  for (const hit of [...a, ...b]) {
    const seen = byId.get(hit.id);
    if (!seen || hit.score > seen.score) byId.set(hit.id, hit);
  }
  return [...byId.values()].sort((x, y) => y.score - x.score);
}

export interface SearchOutcome {
  /** The query as the reader typed it. */
  query: string;
  /** What was searched after normalising and fixing misspellings. */
  term: string;
  total: number;
  results: ResultView[];
  /** Counts per filter value over all results, before a scope was applied. */
  totalFilters: Record<string, Record<string, number>>;
}

/** Searches, returning the first `limit` results shaped for display; null for an empty query. */
export async function search(
  query: string,
  options: { filters?: SearchFilters; limit?: number } = {},
): Promise<SearchOutcome | null> {
  const words = queryWords(normalizeQuery(query));
  if (!words.length) return null;
  const pf = await loadSearch();
  const filters = options.filters ? { filters: options.filters } : {};
  // The search as typed runs while the words are checked; it is the answer unless a word had to be respelled.
  const asTyped = words.join(' ');
  const direct = pf.search(asTyped, filters);
  const termWords = await respellQuery(words, (w) => wordScore(pf, w), KNOWN_WORD_SCORE);
  const term = termWords.join(' ');
  const siteWords = inSiteWords(termWords);
  const [response, synonymResponse] = await Promise.all([
    term === asTyped ? direct : pf.search(term, filters),
    siteWords ? pf.search(siteWords.join(' '), filters) : Promise.resolve(null),
  ]);
  const hits = mergeHits(response?.results ?? [], synonymResponse?.results ?? []);
  const best = hits[0]?.score ?? 0;
  const kept = hits.filter((h) => h.score >= best * RELATIVE_CUTOFF);
  const limit = options.limit ?? 10;
  const pool = kept.slice(0, Math.max(limit, RERANK_POOL));
  const loaded = await Promise.all(
    pool.map(async (h) => {
      const data = await h.data();
      return { score: h.score, title: data.meta?.title, aliases: data.meta?.aliases, data };
    }),
  );
  const results = rerankByPhrase(termWords, loaded)
    .slice(0, limit)
    .map((r) => shapeResult(r.data, 3, siteWords ? [...termWords, ...siteWords] : termWords));
  return { query, term, total: kept.length, results, totalFilters: response?.totalFilters ?? {} };
}
