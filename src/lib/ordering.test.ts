import { describe, expect, it } from 'vitest';
import { byOrder, neighbours } from './ordering.ts';

const e = (id: string, order: number) => ({ id, data: { order } });

describe('ordering', () => {
  it('sorts by order, then by id, without touching the input', () => {
    const input = [e('b', 2), e('c', 1), e('a', 2)];
    expect(byOrder(input).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(input.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('finds the previous and next entry, none at the ends or for an unknown id', () => {
    const list = [e('a', 1), e('b', 2), e('c', 3)];
    expect(neighbours(list, 'b')).toEqual({ prev: list[0], next: list[2] });
    expect(neighbours(list, 'a')).toEqual({ prev: undefined, next: list[1] });
    expect(neighbours(list, 'x')).toEqual({});
  });
});
