/**
 * Shoppers' words → the site's words, from content/search/synonyms.yaml (editors keep that file). Parsed and
 * checked at build time: a malformed entry stops the build naming the file and the entry. In the browser the
 * checked list arrives as JSON (/search/synonyms.json) and expands each query word into the site's words.
 * Pure: no file or DOM access here.
 */
export interface SynonymEntry {
  /** Shoppers' forms, lower case; a trailing `*` matches any ending («посылк*»). */
  from: string[];
  /** The site's words, as the pages spell them. */
  to: string;
}

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

const FORM = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*\*?$/u;
const TARGET = /^[\p{Ll}\p{N}][\p{Ll}\p{N} -]*$/u;

export class SynonymsError extends Error {}

/**
 * Checks the parsed YAML (an array of `{ from: [...], to: '...' }`) and returns it typed. Throws a SynonymsError
 * whose message names the file, the entry (its number and first form) and what is wrong with it.
 */
export function validateSynonyms(data: unknown, file = SYNONYMS_FILE): SynonymEntry[] {
  const fail = (where: string, why: string): never => {
    throw new SynonymsError(`${file}: ${where}: ${why}`);
  };
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) fail('весь файл', 'ожидается список записей «- from: [...] / to: ...»');
  const seen = new Map<string, number>();
  return (data as unknown[]).map((raw, i) => {
    const n = i + 1;
    const first =
      raw && typeof raw === 'object' && Array.isArray((raw as { from?: unknown }).from)
        ? String((raw as { from: unknown[] }).from[0] ?? '')
        : '';
    const where = `запись ${n}${first ? ` («${first}»)` : ''}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail(where, 'ожидается «from» и «to»');
    const extra = Object.keys(raw).filter((k) => k !== 'from' && k !== 'to');
    if (extra.length) fail(where, `лишнее поле «${extra[0]}»: допустимы только «from» и «to»`);
    const { from, to } = raw as { from?: unknown; to?: unknown };
    if (!Array.isArray(from) || from.length === 0) fail(where, '«from» должно быть непустым списком слов');
    if (typeof to !== 'string' || !TARGET.test(to.trim()))
      fail(where, '«to» должно быть словами сайта строчными буквами, например «пункт выдачи»');
    const target = (to as string).trim().replace(/\s+/g, ' ');
    const forms = (from as unknown[]).map((f) => {
      if (typeof f !== 'string' || !FORM.test(f.trim()))
        fail(where, `«${String(f)}» в «from»: одно слово строчными буквами, «*» только в конце`);
      const form = (f as string).trim();
      if (form.replace(/\*$/, '') === target) fail(where, `«${form}» совпадает с «to»`);
      const before = seen.get(form);
      if (before) fail(where, `«${form}» уже есть в записи ${before}`);
      seen.set(form, n);
      return form;
    });
    return { from: forms, to: target };
  });
}

/** The site's words for one query word, or null when no entry matches it. */
export function siteWordsFor(word: string, entries: readonly SynonymEntry[]): string[] | null {
  const w = word.replace(/ё/g, 'е');
  for (const entry of entries) {
    for (const form of entry.from) {
      const f = form.replace(/ё/g, 'е');
      const hit = f.endsWith('*') ? w.startsWith(f.slice(0, -1)) : w === f;
      if (hit) return entry.to.split(' ');
    }
  }
  return null;
}
