/**
 * The search dialog: a native <dialog> (focus stays inside while it is open, Esc closes it), built on first use
 * by search-dialog-dom.ts. The input is a combobox over a listbox of results: arrows move the active option,
 * Enter opens it, Esc closes and focus returns to whatever opened the dialog.
 */
import { searchT } from './search-strings.ts';
import { isOffline } from '../offline/status.ts';
import { moveActive } from './search-keys.ts';
import { loadSearch, search, SearchUnavailableError } from './search-engine.ts';
import { messageParagraphs, queryNotes, renderOptions } from './search-render.ts';
import { createRunner } from './search-runner.ts';
import { buildDialog, buildSuggestions, loadPopular } from './search-dialog-dom.ts';

const LIMIT = 8;

let dialog: HTMLDialogElement | null = null;
let opener: HTMLElement | null = null;

export function preloadSearch(): void {
  loadSearch().catch(() => undefined);
}

function build(): HTMLDialogElement {
  const node = buildDialog();
  document.body.append(node);
  wire(node);
  const empty = node.querySelector<HTMLElement>('[data-search-empty]')!;
  void loadPopular().then((popular) => {
    if (popular.length) empty.replaceChildren(buildSuggestions(popular));
  });
  return node;
}

function wire(d: HTMLDialogElement): void {
  const input = d.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = d.querySelector<HTMLElement>('[data-search-results]')!;
  const status = d.querySelector<HTMLElement>('[data-search-status]')!;
  const message = d.querySelector<HTMLElement>('[data-search-message]')!;
  const empty = d.querySelector<HTMLElement>('[data-search-empty]')!;
  const allLink = d.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const showMessage = (text: string, retry = false, detail = '') => {
    message.replaceChildren(...messageParagraphs(text, detail));
    if (retry) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn mt-2';
      button.textContent = searchT()('searchUi.retry');
      button.addEventListener('click', () => runner.run(input.value));
      message.append(button);
    }
    message.hidden = false;
  };

  const clearResults = () => {
    options = [];
    setActive(-1);
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const runner = createRunner((query) => search(query, { limit: LIMIT }), {
    onStart: () => {
      if (!status.textContent) status.textContent = searchT()('searchUi.loading');
    },
    onResult: (outcome, query) => {
      // What the dialog now answers: lets tests and the benchmark wait for a search to settle.
      d.dataset.query = query;
      message.hidden = true;
      allLink.href = query.trim() ? `/search/?q=${encodeURIComponent(query.trim())}` : '/search/';
      if (!outcome) {
        clearResults();
        status.textContent = '';
        empty.hidden = false;
        return;
      }
      if (!outcome.results.length) {
        clearResults();
        status.textContent = searchT()('searchUi.nothingStatus');
        showMessage(searchT()('searchUi.nothing', { q: outcome.query.trim() }));
        message.append(...queryNotes(outcome));
        empty.hidden = false;
        return;
      }
      empty.hidden = true;
      const notes = queryNotes(outcome);
      message.replaceChildren(...notes);
      message.hidden = !notes.length;
      options = renderOptions(listbox, outcome.results, 'bg-search-opt');
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
      setActive(0);
      status.textContent =
        outcome.total > outcome.results.length
          ? searchT()('searchUi.countShown', { n: outcome.total, shown: outcome.results.length })
          : searchT()('searchUi.count', { n: outcome.total });
    },
    onError: (error) => {
      clearResults();
      status.textContent = '';
      const notBuilt = error instanceof SearchUnavailableError && error.reason === 'not-built';
      if (notBuilt) showMessage(searchT()('searchUi.notBuilt'), false, searchT()('searchUi.notBuiltHint'));
      else if (isOffline()) showMessage(searchT()('searchUi.offline'), true, searchT()('searchUi.offlineHint'));
      else showMessage(searchT()('searchUi.failed'), true);
      empty.hidden = false;
    },
  });

  input.addEventListener('input', () => runner.run(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(moveActive(active, event.key, options.length));
    } else if (event.key === 'Enter' && !event.isComposing) {
      const option = options[active];
      if (!option) return; // no active result: the form goes to /search/?q=
      event.preventDefault();
      option.click();
    }
  });
  listbox.addEventListener('pointermove', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    const index = option ? options.indexOf(option as HTMLAnchorElement) : -1;
    if (index >= 0 && index !== active) setActive(index);
  });
  // A result may point into the page already open (a glossary term on /glossary/): close so it can be seen.
  d.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target === d || target.closest('[data-search-close]')) {
      d.close();
      return;
    }
    const link = target.closest('a[href]');
    if (link && !(event.ctrlKey || event.metaKey || event.shiftKey)) {
      opener = null;
      d.close();
    }
  });
  d.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      d.close();
    }
  });
  d.addEventListener('close', () => {
    const back = opener;
    opener = null;
    if (back?.isConnected) back.focus();
  });
}

export function openSearchDialog(from: HTMLElement | null): void {
  dialog ??= build();
  const input = dialog.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  if (!dialog.open) {
    opener = from && from !== document.body ? from : null;
    dialog.showModal();
  }
  input.focus();
  input.select();
  preloadSearch();
}
