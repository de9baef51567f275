import { describe, expect, it } from 'vitest';
import { byDay, newestFirst } from './updates.ts';

describe('/updates/ order', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it('newest first, then by title; grouped by day', () => {
    const items = newestFirst([
      { id: 'a', title: 'Яблоко', updated: d('2026-11-01') },
      { id: 'b', title: 'Банан', updated: d('2026-12-01') },
      { id: 'c', title: 'Арбуз', updated: d('2026-12-01') },
    ]);
    expect(items.map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(byDay(items).map((g) => g.items.length)).toEqual([2, 1]);
  });
});
