/** Keyboard rules of the search dialog, as pure functions of the key event's fields. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/** Where the key was pressed: typing into a field must never be taken over by `/`. */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

export function isTypingTarget(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase());
}

/**
 * Ctrl+K and ⌘K open search from anywhere (also from a field, as in most sites); `/` opens it only when the reader
 * is not typing. The physical key is read from `code` too, so Ctrl+K works with the Russian layout (Ctrl+Л).
 */
export function isSearchShortcut(event: KeyLike & { code?: string }, target: TargetLike | null | undefined): boolean {
  const k = event.key.toLowerCase();
  if (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    (k === 'k' || k === 'л' || event.code === 'KeyK')
  ) {
    return true;
  }
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(target);
}

/**
 * The active option after an arrow key: −1 means «none, the input has focus». Down from the input goes to the
 * first option and stops at the last; Up from the first goes back to the input. Other keys leave it as it is.
 */
export function moveActive(current: number, key: string, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current >= count - 1 ? count - 1 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? -1 : current - 1;
    default:
      return current;
  }
}
