import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDetailsFromHash } from './details-hash.ts';

class FakeDetails {
  open = false;
  scrolled = false;
  focused = false;
  scrollIntoView() {
    this.scrolled = true;
  }
  querySelector() {
    return { focus: () => (this.focused = true) };
  }
}

describe('openDetailsFromHash', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens, scrolls to and focuses the question the fragment names, now and on every hash change', () => {
    vi.stubGlobal('HTMLDetailsElement', FakeDetails);
    const first = new FakeDetails();
    const second = new FakeDetails();
    const byId: Record<string, unknown> = { 'what-is-dispute': first, спор: second, other: {} };
    let onHash = () => {};
    const win = {
      location: { hash: '#what-is-dispute' },
      addEventListener: (_type: string, fn: () => void) => (onHash = fn),
    };
    openDetailsFromHash(win as never, { getElementById: (id: string) => byId[id] ?? null } as never);
    expect(first).toMatchObject({ open: true, scrolled: true, focused: true });
    win.location.hash = `#${encodeURIComponent('спор')}`;
    onHash();
    expect(second.open).toBe(true);
    win.location.hash = '#other';
    expect(() => onHash()).not.toThrow();
  });
});
