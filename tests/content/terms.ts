import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** One entry of content/terms.yaml: the house word, the variants not to use, and why. */
export interface Term {
  preferred: string;
  banned: string[];
  reason: string;
}

export function loadTerms(file: string): Term[] {
  const raw = parseYaml(readFileSync(file, 'utf8')) as { terms?: unknown };
  if (!raw || !Array.isArray(raw.terms)) throw new Error(`${file}: expected a top-level «terms:» list`);
  return raw.terms.map((t: Record<string, unknown>, i: number) => {
    if (typeof t.preferred !== 'string' || typeof t.reason !== 'string' || !Array.isArray(t.banned)) {
      throw new Error(`${file}: terms[${i}] needs preferred, banned (a list) and reason`);
    }
    return { preferred: t.preferred, banned: t.banned.map(String), reason: t.reason };
  });
}

const norm = (s: string) => s.replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A banned variant as a pattern: case-insensitive, «ё» = «е», any run of spaces (incl. non-breaking) between
 * words, whole words only; a trailing «*» on a word stands for any ending.
 */
export function variantPattern(variant: string): RegExp {
  const words = norm(variant)
    .trim()
    .split(/\s+/)
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}\\p{L}*` : escape(w)));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Banned variants found in a piece of text, one hit per place (the longest variant wins). */
export function bannedHits(text: string, terms: Term[]): { found: string; preferred: string }[] {
  const t = norm(text);
  const spans: { start: number; end: number; found: string; preferred: string }[] = [];
  for (const term of terms) {
    for (const v of term.banned) {
      for (const m of t.matchAll(variantPattern(v))) {
        spans.push({ start: m.index!, end: m.index! + m[0].length, found: text.slice(m.index!, m.index! + m[0].length), preferred: term.preferred });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { found: string; preferred: string }[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    out.push({ found: s.found, preferred: s.preferred });
    lastEnd = s.end;
  }
  return out;
}
