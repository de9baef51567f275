/**
 * Questions offered when a search finds nothing (and before the reader types): the situations readers arrive
 * with most often. Slugs of content/faq/; ones missing from the content (a trimmed test corpus) are skipped.
 */
export const POPULAR_QUESTIONS = [
  'parcel-not-arrived',
  'how-to-get-refund',
  'seller-not-answering',
  'tracking-not-updating',
  'refund-not-received',
  'support-not-helping',
] as const;

/** The entries for `slugs`, in that order, skipping slugs without an entry. */
export function pickPopular<T extends { id: string }>(
  entries: readonly T[],
  slugs: readonly string[] = POPULAR_QUESTIONS,
): T[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return slugs.flatMap((slug) => byId.get(slug) ?? []);
}
