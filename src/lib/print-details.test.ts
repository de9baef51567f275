import { describe, expect, it } from 'vitest';
import { openDetailsForPrint } from './print-details.ts';

describe('openDetailsForPrint', () => {
  it('opens the closed <details> before printing and closes only those afterwards', () => {
    const handlers = new Map<string, () => void>();
    const win = { addEventListener: (type: string, fn: () => void) => handlers.set(type, fn) };
    const closed = { open: false };
    const alreadyOpen = { open: true };
    const doc = {
      querySelectorAll: (selector: string) => {
        expect(selector).toBe('details:not([open])');
        return [closed, alreadyOpen].filter((d) => !d.open);
      },
    };
    openDetailsForPrint(win as never, doc as never);
    handlers.get('beforeprint')!();
    expect([closed.open, alreadyOpen.open]).toEqual([true, true]);
    handlers.get('afterprint')!();
    expect([closed.open, alreadyOpen.open]).toEqual([false, true]);
  });
});
