export interface TermLike {
  id: string;
  term: string;
}

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/** The letter a term is filed under: its first Cyrillic letter, or «A–Z» for Latin and digits. Ё files under Е. */
function letterOf(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  if (/[А-ЯЁ]/.test(first)) return first === 'Ё' ? 'Е' : first;
  return 'A–Z';
}

/** Terms grouped by letter, letters in Russian alphabetical order with Latin last, terms sorted within. */
export function groupByLetter<T extends TermLike>(
  terms: readonly T[],
): { letter: string; anchor: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  const groups = new Map<string, T[]>();
  for (const t of sorted) {
    const letter = letterOf(t.term);
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'A–Z' ? 1 : b === 'A–Z' ? -1 : collator.compare(a, b)))
    .map(([letter, list], i) => ({ letter, anchor: `letter-${i + 1}`, terms: list }));
}
