import { describe, expect, it } from 'vitest';
import { readTheme, THEME_INIT_SCRIPT } from './theme-init.ts';

describe('theme choice', () => {
  it('light and dark are kept; anything else follows the system', () => {
    expect(readTheme('light')).toBe('light');
    expect(readTheme('dark')).toBe('dark');
    for (const bad of [null, undefined, '', 'DARK', '{"x":1}', 'system']) expect(readTheme(bad)).toBe('system');
  });

  it('the head script applies only light or dark', () => {
    expect(THEME_INIT_SCRIPT).toContain("t==='light'||t==='dark'");
  });
});
