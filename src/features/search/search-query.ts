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
