import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget, moveActive } from './search-keys.ts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; code: string }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const body = { tagName: 'BODY' };
const field = { tagName: 'INPUT', type: 'search' };

describe('isSearchShortcut', () => {
  it('opens on Ctrl+K and ⌘K, also from a field and in the Russian layout', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), body)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), field)).toBe(true);
    expect(isSearchShortcut(key('л', { ctrlKey: true, code: 'KeyK' }), body)).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(isSearchShortcut(key('k'), body)).toBe(false);
  });

  it('opens on / only when the reader is not typing', () => {
    expect(isSearchShortcut(key('/'), body)).toBe(true);
    expect(isSearchShortcut(key('/'), { tagName: 'A' })).toBe(true);
    expect(isSearchShortcut(key('/'), field)).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), body)).toBe(false);
  });
});

describe('isTypingTarget', () => {
  it('counts text fields, not checkboxes or buttons', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: '' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('moveActive', () => {
  it('moves down from the input to the first option and stops at the last', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(1, 'ArrowDown', 3)).toBe(2);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(2);
  });

  it('moves up back to the input, and ignores other keys and empty lists', () => {
    expect(moveActive(1, 'ArrowUp', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(-1);
    expect(moveActive(1, 'Tab', 3)).toBe(1);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});
