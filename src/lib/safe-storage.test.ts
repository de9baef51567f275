import { describe, expect, it } from 'vitest';
import { safeStorage } from './safe-storage.ts';

function memoryStore(failWrites = false): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (failWrites && k !== '__bg_probe__') throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

describe('safeStorage', () => {
  it('keeps values in working storage', () => {
    const s = safeStorage(() => memoryStore());
    expect(s.persistent).toBe(true);
    expect(s.set('k', 'v')).toBe(true);
    expect(s.get('k')).toBe('v');
    s.remove('k');
    expect(s.get('k')).toBeNull();
  });

  it('storage that throws on access means memory only, never an error', () => {
    const s = safeStorage(() => {
      throw new Error('SecurityError');
    });
    expect(s.persistent).toBe(false);
    expect(s.set('k', 'v')).toBe(false);
    expect(s.get('k')).toBe('v');
    expect(() => s.remove('k')).not.toThrow();
    expect(s.get('k')).toBeNull();
  });

  it('a full quota turns saving off and keeps the value for this visit', () => {
    const s = safeStorage(() => memoryStore(true));
    expect(s.persistent).toBe(true);
    expect(s.set('k', 'v')).toBe(false);
    expect(s.persistent).toBe(false);
    expect(s.get('k')).toBe('v');
  });
});
