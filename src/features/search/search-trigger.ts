/**
 * On every page, and kept tiny: it only listens. The dialog module (and through it Pagefind) is imported on the
 * first sign of intent: pointer or focus on the search button or on a search field (the home page, 404), the
 * shortcut, or a click. Until then no search code or index byte is fetched.
 */
import { isSearchShortcut } from './search-keys.ts';

type DialogModule = typeof import('./search-dialog.ts');
let dialogModule: Promise<DialogModule> | null = null;

function load(): Promise<DialogModule> {
  dialogModule ??= Promise.all([
    import('./search-dialog.ts'),
    import('./search-strings.ts').then((s) => s.loadSearchStrings()),
  ]).then(([m]) => m);
  return dialogModule;
}

function open(opener: Element | null): void {
  // /search/ has its own field: the shortcut and the button just take the reader there.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  load().then(
    (m) => m.openSearchDialog(opener instanceof HTMLElement ? opener : null),
    () => location.assign('/search/'),
  );
}

function isIntent(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    (target.closest('[data-search-open]') !== null ||
      (target.matches('form[action="/search/"] input[name="q"]') && !target.closest('bg-search-page')))
  );
}

function onIntent(event: Event): void {
  if (!isIntent(event.target)) return;
  for (const type of ['pointerover', 'focusin', 'touchstart']) document.removeEventListener(type, onIntent);
  load().then(
    (m) => m.preloadSearch(),
    () => undefined,
  );
}

for (const type of ['pointerover', 'focusin', 'touchstart'])
  document.addEventListener(type, onIntent, { passive: true });

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open(link);
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || !isSearchShortcut(event, event.target as HTMLElement | null))
    return;
  event.preventDefault();
  open(document.activeElement);
});

if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
  for (const kbd of document.querySelectorAll('[data-search-kbd]')) kbd.textContent = '⌘ K';
}
