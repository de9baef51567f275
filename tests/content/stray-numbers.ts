/**
 * Stray numbers (issue 18): a day count, an amount in ₽ or €, a percentage or a law-article number written
 * straight into prose instead of coming from content/facts.yaml. What is not prose and is skipped:
 * - fact references themselves (`<Fact id="…" />`, `{fact:…}`, `{value:…}`);
 * - examples, marked `<Example>…</Example>` (MDX) or `{example:…}` (Markdown, YAML): a sample order, a shoe size;
 * - frontmatter `sources:` (they name documents: «…, ст. 18 (текст закона)») and `aliases:` (shoppers' words);
 * - URLs, HTML comments and MDX comments.
 * A line that must keep a number for another reason does not exist yet; if one ever does, wrap the number as an
 * example with a comment saying why, so the exception stays visible in the text.
 */

const NUM = String.raw`\d+(?:[.,]\d+)?(?:[–-]\d+(?:[.,]\d+)?)?`;
const ORD = String.raw`(?:-?(?:го|й|ый|ий|ого|ему|м))?`;
const GAP = String.raw`[\s\u00a0]*`;
const PATTERNS: { kind: string; re: RegExp }[] = [
  {
    kind: 'срок',
    re: new RegExp(
      String.raw`(?<![\d.,])${NUM}${ORD}${GAP}(?:(?:рабоч|календарн|банковск)\S*${GAP})?(?:дн[еяи]\p{L}*|день|сут\p{L}*|недел\p{L}*|месяц\p{L}*|час(?:а|ов)?(?!\p{L})|лет(?!\p{L})|год\p{L}*)`,
      'giu',
    ),
  },
  { kind: 'сумма', re: new RegExp(String.raw`\d[\d\s\u00a0]*(?:[.,]\d+)?${GAP}(?:₽|руб\p{L}*|€|евро|\$|долл\p{L}*)`, 'giu') },
  { kind: 'процент', re: new RegExp(String.raw`\d+(?:[.,]\d+)?${GAP}(?:%|процент\p{L}*)`, 'giu') },
  {
    kind: 'статья закона',
    re: new RegExp(String.raw`(?<!\p{L})(?:ст\.|стать[яиеюё]й?|статей)${GAP}\d+(?:\.\d+)?`, 'giu'),
  },
];

export interface StrayHit {
  line: number;
  kind: string;
  found: string;
}

/** Blank out what is not prose, keeping line numbers. */
export function blankNonProse(text: string): string {
  const keepLines = (m: string) => m.replace(/[^\n]/g, ' ');
  let out = text
    .replace(/<!--[\s\S]*?-->/g, keepLines)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, keepLines)
    .replace(/<Example>[\s\S]*?<\/Example>/g, keepLines)
    .replace(/\{example:[^{}]*\}/g, keepLines)
    .replace(/<Fact\s[^>]*\/>/g, keepLines)
    .replace(/\{(?:fact|value):[a-z0-9-]+\}/g, keepLines)
    .replace(/\]\([^)]*\)/g, keepLines)
    .replace(/https?:\/\/\S+/g, keepLines);
  // Frontmatter / YAML blocks that are citations or search words, not prose.
  const lines = out.split('\n');
  let skipIndent = -1;
  out = lines
    .map((line) => {
      const indent = line.length - line.trimStart().length;
      if (skipIndent >= 0) {
        if (line.trim() === '' || indent > skipIndent || (indent === skipIndent && /^\s*- /.test(line))) return '';
        skipIndent = -1;
      }
      const m = line.match(/^(\s*)(?:- )?(sources|aliases):\s*(.*)$/);
      if (m) {
        if (m[3]!.trim() === '') skipIndent = m[1]!.length + (line.trimStart().startsWith('- ') ? 2 : 0);
        return '';
      }
      return line;
    })
    .join('\n');
  return out;
}

export function strayNumbers(text: string): StrayHit[] {
  const lines = blankNonProse(text).split('\n');
  const hits: StrayHit[] = [];
  lines.forEach((line, i) => {
    for (const { kind, re } of PATTERNS) {
      for (const m of line.matchAll(re)) {
        // A four-digit year («в 2019 году») is a date, not a time limit.
        if (kind === 'срок' && /^(?:19|20)\d\d\b/.test(m[0]) && /год/.test(m[0])) continue;
        hits.push({ line: i + 1, kind, found: m[0].trim() });
      }
    }
  });
  return hits;
}
