import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Words are content: no .ts or .astro file under src/ holds Russian text outside comments (tests beside the code
 * are not part of the site). The exceptions are
 * named here with the reason; shrinking this list is welcome, growing it needs a reason a reviewer accepts.
 */
const EXCEPTIONS: Record<string, string> = {
  // Zod messages shown to editors when a content file is wrong.
  'src/content/schemas.ts': 'build errors for content editors',
  // Search's language data (issue 14): filler and stop words, the keyboard layout, Russian word forms (ё, «не»),
  // filter values stored in the index, and the synonym file's build errors for editors.
  'src/features/search/search-query.ts': 'search language data: filler words, keyboard layout',
  'src/features/search/search-stopwords.ts': 'search language data: Russian stop words',
  'src/features/search/search-relax.ts': 'search language data: ё, «не» typed together with a word',
  'src/features/search/search-synonyms.ts': 'build errors for editors of content/search/synonyms.yaml; ё',
  'src/features/search/search-facets.ts': 'search filter values stored in the index',
  'src/features/search/search-rank.ts': 'search language data: ё',
  'src/features/search/search-excerpt.ts': 'search language data: ё',
  'src/features/search/search-keys.ts': 'search language data: Ctrl+Л',
  'src/features/search/search-count.ts': 'search result count',
  'src/features/search/search-typo.ts': 'search language data: ё',
  'src/integrations/search-synonyms.ts': 'build error for editors of content/search/synonyms.yaml',
  'src/integrations/pagefind.ts': 'search index filter values (issue 14)',
  // Month and weekday names for dates the calculator prints (to be replaced by Intl, see README).
  'src/lib/dates-ru.ts': 'strips the «г.» Intl adds after a year; the prepositional month ending',
  // Regex over Russian text: a personal-data detector, a glossary term matcher, a date suffix.
  'src/lib/glossary.ts': 'matches Russian word endings',
  'src/features/checklist/checklist-element.ts': 'strips the «г.» Intl adds after a year',
};
/** Pages still passing a search kind as a Russian literal (`searchKind="Раздел"`): the index's filter values. */
const SEARCH_KIND_ATTR = /searchKind="[^"]*"/g;

const CYRILLIC = /[\u0400-\u04ff]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    // Unit tests beside the code (src/features/*/*.test.ts) assert on the words; they are not shipped.
    return /\.(ts|astro)$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

/** The text with comments blanked out: // and /* *\/ in code, <!-- --> in templates, JSDoc and `{/* *\/}`. */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export function russianLines(text: string): string[] {
  return withoutComments(text.replace(SEARCH_KIND_ATTR, ''))
    .split('\n')
    .filter((line) => CYRILLIC.test(line))
    .map((line) => line.trim());
}

describe('no Russian text in src/ outside comments', () => {
  it('finds Russian in code and ignores it in comments', () => {
    expect(russianLines("const a = 'Привет';\n// Привет\n/* Привет */\nconst b = 1;")).toEqual(["const a = 'Привет';"]);
    expect(russianLines('<p>Текст</p>\n<!-- Текст -->')).toEqual(['<p>Текст</p>']);
  });

  it('every .ts and .astro file under src/ keeps its words in content/', () => {
    const offenders = files('src')
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !(file in EXCEPTIONS))
      .flatMap((file) => russianLines(readFileSync(file, 'utf8')).map((line) => `${file}: ${line}`));
    expect(offenders).toEqual([]);
  });

  it('names only exceptions that exist and still need it', () => {
    for (const file of Object.keys(EXCEPTIONS)) {
      expect(russianLines(readFileSync(file, 'utf8')).length, file).toBeGreaterThan(0);
    }
  });
});
