export interface Ordered {
  id: string;
  data: { order: number; title?: string; question?: string };
}

/** By `order`, then by id so two entries with the same order never swap places between builds. */
export function byOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Neighbours of an entry within an already ordered list. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((entry) => entry.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}
