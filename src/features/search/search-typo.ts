/**
 * Spelling correction against the site's own words. The build writes a small vocabulary next to the search index
 * (the words of every indexed page, with how many pages use them: see vocabularyFromTexts); in the browser a word
 * the index does not know is replaced by the nearest word of that vocabulary, by edit distance (a swap of two
 * neighbouring letters counts as one edit). Pure functions.
 */

/** The vocabulary as written to dist/pagefind/bg-vocabulary.json: words and, in the same order, page counts. */
export interface Vocabulary {
  words: string[];
  pages: number[];
}

/** Words shorter than this are never corrected: too many neighbours. */
export const MIN_WORD = 4;
/** Shortest word kept in the vocabulary («суд», «акт», «смс»). */
const MIN_KEPT = 3;
/** Longest word kept: longer «words» are codes and addresses. */
const MAX_WORD = 24;

/** The words of a text, lower case, ё as е, letters only (a hyphen splits: Pagefind indexes «трек-номер» as two). */
export function textWords(text: string): string[] {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= MIN_KEPT && w.length <= MAX_WORD);
}

/**
 * The vocabulary of a site from the text of its pages: every word used on at least `minPages` pages, or on any
 * page in a title or reader phrase (`always`), most used first. Latin words stay («visa», «aliexpress»): a
 * query of them must be known too.
 */
export function vocabularyFromTexts(
  texts: readonly string[],
  always: readonly string[] = [],
  minPages = 2,
): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of new Set(textWords(text))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const keep = new Set(always.flatMap(textWords));
  const words = [...counts]
    .filter(([w, n]) => keep.has(w) || n >= minPages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const w of keep) if (!counts.has(w)) words.push([w, 1]);
  return { words: words.map(([w]) => w), pages: words.map(([, n]) => n) };
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of neighbours), giving up above `max` and returning
 * max + 1 then: the vocabulary scan calls it thousands of times per word.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/** How many edits a word of this length may need and still be corrected: 1 up to 5 letters, 2 from 6. */
export function allowedEdits(word: string): number {
  if (word.length < MIN_WORD) return 0;
  return word.length <= 5 ? 1 : 2;
}

export interface Correction {
  word: string;
  distance: number;
  /** One edit away in a word of 5+ letters: safe enough to search without asking. */
  confident: boolean;
}

/**
 * The nearest vocabulary word to `word`, or null when none is within the allowed edits. Among equally near
 * words the one on more pages wins; the first letter is rarely mistyped, so a candidate keeping it wins a tie.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): Correction | null {
  const w = word.toLocaleLowerCase('ru').replace(/ё/g, 'е');
  const max = allowedEdits(w);
  if (!max) return null;
  let best: { word: string; distance: number; rank: number } | null = null;
  for (let i = 0; i < vocabulary.words.length; i++) {
    const candidate = vocabulary.words[i]!;
    if (Math.abs(candidate.length - w.length) > max) continue;
    const d = editDistance(w, candidate, best ? Math.min(best.distance, max) : max);
    if (d > max) continue;
    // Lower is better: distance first, then a kept first letter, then how many pages use the word.
    const rank = d * 1e6 + (candidate[0] === w[0] ? 0 : 5e5) - (vocabulary.pages[i] ?? 0);
    if (!best || rank < best.rank) best = { word: candidate, distance: d, rank };
  }
  if (!best || best.distance === 0) return null;
  return { word: best.word, distance: best.distance, confident: best.distance === 1 && w.length >= 5 };
}

/** The shard a word's known-word check reads: words are split by their first letter into small files. */
export function shardOf(word: string): string {
  return (word.codePointAt(0) ?? 0).toString(16);
}

/** The vocabulary's words grouped by shard, each group sorted: what the build writes as bg-words-<shard>.json. */
export function vocabularyShards(vocabulary: Vocabulary): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const w of vocabulary.words) {
    const key = shardOf(w);
    const list = shards.get(key) ?? [];
    list.push(w);
    shards.set(key, list);
  }
  for (const list of shards.values()) list.sort();
  return shards;
}

/**
 * Whether a word is one of the site's words or a form of one: a site word shares its beginning up to its last
 * two letters (at least five letters; four for words of four or five letters), the way a stemmer would find it
 * («задержали» through «задержана»), while «продовец» is not «продолжить». A word of three letters must be on
 * the site as it is. `sorted` is the word's shard, sorted. Pagefind itself finds
 * pages for any word, falling back to ever shorter beginnings («ааааааа» finds every «а»): this tells them apart.
 */
export function isKnownWord(word: string, sorted: readonly string[]): boolean {
  const w = word.toLocaleLowerCase('ru').replace(/ё/g, 'е');
  const need = w.length <= 5 ? Math.min(w.length, 4) : Math.max(5, w.length - 2);
  const stem = w.slice(0, need);
  // Binary search for the first word not below the stem; the words sharing the stem follow it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < stem) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(stem); i++) {
    const s = sorted[i]!;
    if (w.length <= 3 ? s === w : Math.abs(s.length - w.length) <= 4) return true;
  }
  return false;
}
