/**
 * /search/?q=…&in=… : the server page is a GET form (the no-JavaScript target of every search form on the site).
 * This element upgrades it: it searches for ?q= on load, as the reader types and when the scope changes, keeps the
 * address in step (deep links), and lists results as ordinary links.
 */
import { searchT } from './search-strings.ts';
import { isOffline } from '../offline/status.ts';
import type { SearchFilters } from './search-facets.ts';
import { loadSearch, search, SearchUnavailableError, type SearchOutcome } from './search-engine.ts';
import { messageParagraphs, queryNotes, renderList } from './search-render.ts';
import { createRunner } from './search-runner.ts';

const PAGE_SIZE = 10;

/** The scope radios carry their Pagefind filters as JSON (rendered from src/lib/search-facets.ts). */
function radioFilters(radio: HTMLInputElement | null): SearchFilters | undefined {
  if (!radio?.dataset.filter) return undefined;
  try {
    return JSON.parse(radio.dataset.filter) as SearchFilters;
  } catch {
    return undefined;
  }
}

class SearchPage extends HTMLElement {
  private limit = PAGE_SIZE;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = this.querySelector<HTMLInputElement>('[data-search-page-input]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const message = this.querySelector<HTMLElement>('[data-search-message]');
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    const empty = this.querySelector<HTMLElement>('[data-search-empty]');
    const note = this.querySelector<HTMLElement>('[data-search-note]');
    const scopes = this.querySelector<HTMLDetailsElement>('[data-search-scopes]');
    const scopeNow = this.querySelector<HTMLElement>('[data-search-scope-current]');
    if (!form || !input || !status || !message || !list || !more || !empty || !note) return;

    const scopeInput = () => form.querySelector<HTMLInputElement>('input[name="in"]:checked');
    const scopeLabel = (radio: HTMLInputElement | null) => radio?.closest('label')?.textContent?.trim() ?? '';

    // On a narrow screen the scopes fold into one line («Где искать: Везде») so results start on the first screen.
    const narrow = window.matchMedia('(max-width: 39.99rem)');
    if (scopes && narrow.matches) scopes.open = false;
    const showScope = () => {
      if (scopeNow) scopeNow.textContent = scopeLabel(scopeInput());
    };
    showScope();

    const searchEverywhere = () => {
      const all = form.querySelector<HTMLInputElement>('input[name="in"][value=""]');
      if (all) all.checked = true;
      showScope();
      refresh();
      input.focus();
    };

    const showMessage = (text: string, detail = '') => {
      message.replaceChildren(...messageParagraphs(text, detail));
      message.hidden = false;
    };

    const show = (outcome: SearchOutcome | null) => {
      message.hidden = true;
      note.replaceChildren(...(outcome ? queryNotes(outcome) : []));
      note.hidden = !note.childElementCount;
      if (!outcome) {
        list.replaceChildren();
        status.textContent = '';
        more.hidden = true;
        empty.hidden = false;
        return;
      }
      if (!outcome.results.length) {
        list.replaceChildren();
        status.textContent = searchT()('searchUi.nothingStatus');
        const scope = scopeInput();
        if (scope?.value) {
          // A scope is on: say which, and offer the same search everywhere.
          showMessage(searchT()('searchUi.nothingIn', { scope: scopeLabel(scope) }));
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'btn mt-2';
          button.textContent = searchT()('searchUi.searchEverywhere');
          button.dataset.searchEverywhere = '';
          button.addEventListener('click', searchEverywhere);
          message.append(button);
        } else showMessage(searchT()('searchUi.nothing', { q: outcome.query.trim() }));
        more.hidden = true;
        empty.hidden = false;
        return;
      }
      empty.hidden = true;
      renderList(list, outcome.results);
      status.textContent = searchT()('searchUi.count', { n: outcome.total });
      more.hidden = outcome.total <= outcome.results.length;
    };

    let scopeSearched = '';
    const runner = createRunner(
      (query) => {
        scopeSearched = scopeInput()?.value ?? '';
        return search(query, { filters: radioFilters(scopeInput()), limit: this.limit });
      },
      {
        onStart: () => {
          if (!status.textContent) status.textContent = searchT()('searchUi.loading');
        },
        onResult: (outcome, query) => {
          show(outcome);
          // What the list now answers: lets tests and tools wait for a search to settle.
          this.dataset.query = query;
          this.dataset.scope = scopeSearched;
        },
        onError: (error) => {
          list.replaceChildren();
          more.hidden = true;
          status.textContent = '';
          const notBuilt = error instanceof SearchUnavailableError && error.reason === 'not-built';
          if (notBuilt) showMessage(searchT()('searchUi.notBuilt'), searchT()('searchUi.notBuiltHint'));
          else if (isOffline()) showMessage(searchT()('searchUi.offline'), searchT()('searchUi.offlineHint'));
          else showMessage(searchT()('searchUi.failed'));
        },
      },
    );

    const syncAddress = () => {
      const url = new URL(location.href);
      const q = input.value.trim();
      const scope = scopeInput()?.value;
      url.search = '';
      if (q) url.searchParams.set('q', q);
      if (scope) url.searchParams.set('in', scope);
      history.replaceState(null, '', url);
    };

    const refresh = () => {
      this.limit = PAGE_SIZE;
      syncAddress();
      runner.run(input.value);
    };

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const scope = params.get('in');
    const radio = scope
      ? [...form.querySelectorAll<HTMLInputElement>('input[name="in"]')].find((r) => r.value === scope)
      : undefined;
    if (radio) radio.checked = true;
    showScope();

    input.addEventListener('input', refresh);
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name !== 'in') return;
      showScope();
      refresh();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      refresh();
    });
    more.addEventListener('click', () => {
      const shown = list.children.length;
      this.limit += PAGE_SIZE;
      runner.run(input.value);
      // Keep the reader's place: focus the first newly added result once it is there.
      const observer = new MutationObserver(() => {
        observer.disconnect();
        list.children[shown]?.querySelector('a')?.focus();
      });
      observer.observe(list, { childList: true });
    });

    // Search loads right away on this page; results for ?q= appear without a keystroke.
    if (input.value.trim()) runner.run(input.value);
    else loadSearch().catch(() => undefined);
  }
}

customElements.define('bg-search-page', SearchPage);
