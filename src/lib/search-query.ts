/**
 * What the reader typed → what is sent to Pagefind. Pure functions: the search engine in src/scripts/ wires them
 * to the index. Russian stemming itself happens inside Pagefind (the index is built with language «ru»).
 */

/** Longest query kept; anything after it is dropped (a pasted paragraph is not a query). */
export const MAX_QUERY_LENGTH = 120;

/**
 * Words that say nothing about the problem on a site that is only about AliExpress orders: the shop's name in
 * its spellings and politeness. Removed unless they are the whole query.
 */
const FILLER = new Set([
  'aliexpress',
  'ali',
  'али',
  'алик',
  'алика',
  'алике',
  'алиэкспресс',
  'алиэкспресса',
  'алиэкспрессе',
  'алиэкспрессом',
  'алиэкспрес',
  'алиекспресс',
  'алиэкс',
  'пожалуйста',
  'помогите',
  'подскажите',
  'срочно',
]);

/** A word typed in the Latin layout keeps the keys that stand for ж, э, х, ъ, б, ю, ё: «nfvj;yz» is «таможня». */
const LATIN_LAYOUT_WORD = /^[a-z[\];',.`]*[a-z][a-z[\];',.`]*$/;

/**
 * Lower case, ё kept (Pagefind matches е and ё), punctuation and quotes gone, hyphens kept inside words;
 * all-Latin words keep their punctuation keys for fromWrongLayout().
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .slice(0, MAX_QUERY_LENGTH)
    .toLocaleLowerCase('ru')
    .split(/\s+/)
    .map((token) =>
      LATIN_LAYOUT_WORD.test(token) && /[^a-z]/.test(token.slice(0, -1))
        ? token
        : token.replace(/[^\p{L}\p{N}-]+/gu, ' ').replace(/(^|\s)-+|-+(?=\s|$)/g, '$1'),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a normalised query, without filler; the filler stays if nothing else is left. */
export function queryWords(normalized: string): string[] {
  const words = normalized.split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  return meaningful.length ? meaningful : words;
}

/**
 * Shoppers' words for what the site calls otherwise, replaced at their beginning so the ending stays: «диспут» →
 * «спор», «диспута» → «спора». Pagefind wants every known word of a query on a page, so the site's word is
 * searched as a second query rather than added to the first. Kept tiny: a word belongs here only when the site's
 * own text rarely uses it.
 */
const SYNONYMS: ReadonlyArray<readonly [colloquial: string, site: string]> = [['диспут', 'спор']];

/** The query in the site's own words, or null when it has no colloquial word (see SYNONYMS). */
export function inSiteWords(words: readonly string[]): string[] | null {
  let changed = false;
  const out = words.map((w) => {
    for (const [colloquial, site] of SYNONYMS) {
      if (w.startsWith(colloquial)) {
        changed = true;
        return site + w.slice(colloquial.length);
      }
    }
    return w;
  });
  return changed ? out : null;
}

/** The string Pagefind searches for, or '' when there is nothing to search. */
export function searchTerm(raw: string): string {
  return queryWords(normalizeQuery(raw)).join(' ');
}

const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';

/** «gjcskrf» typed with the keyboard in the wrong layout → «посылка». Null when the word is not all Latin. */
export function fromWrongLayout(word: string): string | null {
  if (!LATIN_LAYOUT_WORD.test(word)) return null;
  let out = '';
  for (const ch of word) out += JCUKEN[QWERTY.indexOf(ch)] ?? ch;
  return out;
}

/**
 * A shorter beginning of a long word, for misspellings near its end: Pagefind matches words by their beginning,
 * so «роспотребнадзр» → «роспотреб» still finds «Роспотребнадзор», «чарджбек» → «чардж» finds «чарджбэк».
 * Null for words too short to shorten safely.
 */
export function typoPrefix(word: string): string | null {
  if (word.length < 6 || /\d/.test(word)) return null;
  return word.slice(0, Math.max(4, Math.ceil(word.length * 0.6)));
}

const VOWEL_SWAPS: Record<string, string> = { а: 'о', о: 'а', е: 'и', и: 'е' };

/**
 * The word with one unstressed-vowel slip undone, the commonest Russian misspelling: «пасылка» → «посылка»,
 * «претензея» → «претензия». At most `limit` variants, from the start of the word.
 */
export function vowelVariants(word: string, limit = 6): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length && out.length < limit; i++) {
    const swap = VOWEL_SWAPS[word[i]!];
    if (swap) out.push(word.slice(0, i) + swap + word.slice(i + 1));
  }
  return out;
}

/**
 * Other spellings to try, best first, for a word the index does not know: the word in the right keyboard
 * layout, «непришла» split into «не пришла», one vowel slip undone, and a shorter beginning of the word.
 */
export function respellings(word: string): string[] {
  const out: string[] = [];
  const swapped = fromWrongLayout(word);
  if (swapped) {
    out.push(swapped);
    const p = typoPrefix(swapped);
    if (p) out.push(p);
    return out;
  }
  if (/^не[\p{L}]{4,}$/u.test(word)) out.push(`не ${word.slice(2)}`);
  if (word.length >= 4) out.push(...vowelVariants(word));
  const prefix = typoPrefix(word);
  if (prefix) out.push(prefix);
  return out;
}

/**
 * Rebuilds a query with each unknown word replaced by its first respelling the index knows. `score` answers, for
 * one word (or words), how well the index knows it: the best score of a search for it alone, 0 when absent.
 * A word scoring below `knownScore` is unknown. A Latin word is also tried in the Russian layout, and whichever
 * the index knows better wins («nfvjyz» → «таможня», while «visa» stays). Unknown words with no known respelling
 * stay as typed.
 */
export async function respellQuery(
  words: readonly string[],
  score: (word: string) => Promise<number>,
  knownScore: number,
): Promise<string[]> {
  // Every word is looked up at once; only unknown ones go on to try their respellings, one after another.
  const checked = await Promise.all(
    words.map(async (word) => {
      const swapped = fromWrongLayout(word);
      if (word.length < 3 && !swapped) return word;
      const [own, other] = await Promise.all([score(word), swapped ? score(swapped) : Promise.resolve(0)]);
      if (swapped && other > Math.max(own, knownScore)) return swapped;
      if (own >= knownScore) return word;
      for (const candidate of respellings(word)) {
        if ((await score(candidate)) >= knownScore) return candidate;
      }
      return word;
    }),
  );
  return checked;
}
