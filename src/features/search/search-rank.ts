/**
 * Pagefind ranks by words, not phrases: «посылка не пришла» scores the same on a page titled «Пришло не всё или
 * пустая посылка» as on one whose readers' words (its `aliases`) say exactly «посылка не пришла». This lifts the
 * results whose title or one of whose aliases contains the query as a phrase, after Pagefind's own ranking,
 * among the first few results only. Pure: the search engine passes in scores and the fields from the index.
 */

/** How much a phrase match multiplies a score: a whole alias or title equal to the query, or containing it. */
export const PHRASE_EQUAL_BONUS = 1.5;
export const PHRASE_CONTAINED_BONUS = 0.25;

function words(text: string): string[] {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Two word forms match when they are the same word up to its ending: «пришла»/«пришло», «защиту»/«защита».
 * Short words (не, в, на) must be equal. A crude stand-in for a stemmer, good enough to compare a query with a
 * title: words of one root with close lengths («посылка»/«посыльный») count as one.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter <= 3) return false;
  const stem = Math.max(4, shorter - 2);
  return a.slice(0, stem) === b.slice(0, stem) && Math.abs(a.length - b.length) <= 3;
}

/** 1 when a field equals the query, a fraction when it contains the query as a phrase, 0 otherwise. */
export function phraseMatch(queryWords: readonly string[], field: string): number {
  const q = queryWords.flatMap(words);
  const f = words(field);
  if (q.length < 2 || f.length < q.length) return 0;
  for (let start = 0; start + q.length <= f.length; start++) {
    if (q.every((w, i) => sameWord(w, f[start + i]!))) {
      return f.length === q.length ? PHRASE_EQUAL_BONUS : PHRASE_CONTAINED_BONUS;
    }
  }
  return 0;
}

export interface Rankable {
  score: number;
  /** The page title and the reader phrases (aliases, `;`-separated) from the index's metadata. */
  title?: string;
  aliases?: string;
}

/** The best phrase bonus over a result's title and each of its aliases. */
export function phraseBonus(queryWords: readonly string[], item: Rankable): number {
  const fields = [item.title ?? '', ...(item.aliases ?? '').split(';')];
  return Math.max(0, ...fields.map((f) => phraseMatch(queryWords, f)));
}

/** How much a title or reader phrase holding all the meaningful words of a question multiplies its score. */
export const FIELD_COVERAGE_BONUS = 0.6;

/**
 * For questions too long to be anyone's phrase: the largest share of the meaningful query words that one field
 * (the title or one reader phrase) holds, when it holds at least two of them; 0 otherwise. «посылка вручена но я
 * не получал» finds «посылка» and «вручена» together in the title «По треку посылка вручена, а у меня её нет».
 */
export function fieldCoverage(contentWords: readonly (string | readonly string[])[], item: Rankable): number {
  // Each meaningful word with its alternatives («диспут» or «спор»), each alternative as its words.
  const q = contentWords.map((alts) => (typeof alts === 'string' ? [alts] : alts).map(words));
  if (q.length < 2) return 0;
  const fields = [item.title ?? '', ...(item.aliases ?? '').split(';')].map(words);
  let best = 0;
  for (const f of fields) {
    const has = (w: string) => f.some((fw) => sameWord(w, fw));
    const found = q.filter((alts) => alts.some((alt) => alt.length > 0 && alt.every(has))).length;
    if (found >= 2) best = Math.max(best, found / q.length);
  }
  return best;
}

/**
 * Re-orders results by score × (1 + phrase bonus) × (1 + field coverage bonus); a stable sort, so ties keep the
 * incoming order. `phrases` are the query's words as typed and in the site's words (the best counts);
 * `contentWords` its meaningful words.
 */
export function rerankByPhrase<T extends Rankable>(
  phrases: readonly (readonly string[])[] | readonly string[],
  items: readonly T[],
  contentWords: readonly (string | readonly string[])[] = [],
): T[] {
  const variants = (typeof phrases[0] === 'string' ? [phrases] : phrases) as readonly (readonly string[])[];
  return items
    .map((item, order) => {
      const phrase = Math.max(0, ...variants.map((v) => phraseBonus(v, item)));
      const field = FIELD_COVERAGE_BONUS * fieldCoverage(contentWords, item);
      return { item, order, score: item.score * (1 + phrase) * (1 + field) };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item }) => item);
}
