/**
 * Builds the search dialog's markup when search is first opened. It lives in this lazily loaded module rather
 * than in every page's HTML: a page pays nothing for search until the reader asks for it. The popular
 * questions of the empty state come from /search/popular.json, written at build time from the FAQ.
 */
import { searchT } from './search-strings.ts';

type Attrs = Record<string, string>;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function icon(path: string, size: number, className: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of Object.entries({
    'aria-hidden': 'true',
    width: String(size),
    height: String(size),
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2.2',
    class: className,
  })) {
    svg.setAttribute(k, v);
  }
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

export interface PopularQuestion {
  href: string;
  title: string;
}

/** The triage tool and the popular questions, offered before typing and when nothing is found. */
export function buildSuggestions(popular: readonly PopularQuestion[]): HTMLElement {
  const box = h('div', { class: 'space-y-5' });
  box.append(
    h(
      'section',
      { 'aria-labelledby': 'bg-search-s-triage' },
      h('h2', { id: 'bg-search-s-triage', class: 'text-lg font-semibold' }, searchT()('searchUi.emptyTitle')),
      h(
        'p',
        { class: 'mt-1' },
        h('a', { href: '/tools/triage/', class: 'font-semibold' }, searchT()('searchUi.triageLead')),
        searchT()('searchUi.triageRest'),
      ),
    ),
  );
  const links = popular.filter((q) => /^\/faq\/[a-z0-9-]+\/$/.test(q.href) && q.title);
  if (links.length) {
    box.append(
      h(
        'section',
        { 'aria-labelledby': 'bg-search-s-popular' },
        h('h2', { id: 'bg-search-s-popular', class: 'text-lg font-semibold' }, searchT()('searchUi.popularTitle')),
        h(
          'ul',
          { class: 'mt-1' },
          ...links.map((q) =>
            h('li', {}, h('a', { href: q.href, class: 'inline-flex min-h-11 items-center' }, q.title)),
          ),
        ),
      ),
    );
  }
  return box;
}

/** Reads the popular questions; an empty list when they cannot be had (the empty state then offers triage only). */
export async function loadPopular(): Promise<PopularQuestion[]> {
  try {
    const res = await fetch('/search/popular.json');
    if (!res.ok) return [];
    const data: unknown = await res.json();
    return Array.isArray(data)
      ? data.filter((d): d is PopularQuestion => typeof d?.href === 'string' && typeof d?.title === 'string')
      : [];
  } catch {
    return [];
  }
}

export function buildDialog(): HTMLDialogElement {
  const input = h('input', {
    id: 'bg-search-input',
    name: 'q',
    type: 'search',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': 'bg-search-listbox',
    'aria-autocomplete': 'list',
    'aria-describedby': 'bg-search-hints',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    placeholder: searchT()('searchUi.placeholder'),
    class: 'min-h-11 min-w-0 flex-1 rounded-lg border border-line bg-page px-3 text-ink',
  });
  const close = h(
    'button',
    {
      type: 'button',
      class: 'btn min-w-11 shrink-0 px-3',
      'data-search-close': '',
      'aria-label': searchT()('searchUi.closeLabel'),
    },
    icon('M6 6l12 12M18 6L6 18', 18, 'sm:hidden'),
    h('span', { class: 'hidden sm:inline' }, searchT()('searchUi.close')),
  );
  const form = h(
    'form',
    { action: '/search/', method: 'get', role: 'search', class: 'flex items-center gap-2 border-b border-line p-3' },
    h('label', { for: 'bg-search-input', id: 'bg-search-label', class: 'sr-only' }, searchT()('searchUi.dialogLabel')),
    icon('M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14M20 20l-3.5-3.5', 22, 'shrink-0 text-muted'),
    input,
    close,
  );
  const body = h(
    'div',
    { class: 'min-h-0 flex-1 overflow-y-auto px-3 py-2' },
    h('p', { role: 'status', class: 'px-1 pb-1 text-base text-muted empty:hidden', 'data-search-status': '' }),
    h('div', {
      id: 'bg-search-listbox',
      role: 'listbox',
      'aria-label': searchT()('searchUi.resultsLabel'),
      hidden: '',
      'data-search-results': '',
    }),
    h('div', { hidden: '', 'data-search-message': '', class: 'px-1 py-2' }),
    h('div', { class: 'px-1 py-2', 'data-search-empty': '' }, buildSuggestions([])),
  );
  const footer = h(
    'div',
    { class: 'flex flex-wrap items-center justify-between gap-x-4 border-t border-line px-4 py-2 text-sm text-muted' },
    h('p', { id: 'bg-search-hints', class: 'hidden sm:block' }, searchT()('searchUi.hints')),
    h(
      'a',
      { href: '/search/', 'data-search-all': '', class: 'inline-flex min-h-11 items-center' },
      searchT()('searchUi.allResults'),
    ),
  );
  return h(
    'dialog',
    {
      class:
        'search-dialog mx-auto mt-[6vh] mb-auto w-[min(44rem,calc(100vw-1rem))] max-w-none rounded-card border border-line bg-raised p-0 text-ink shadow-2xl backdrop:bg-black/60',
      'aria-labelledby': 'bg-search-label',
    },
    h('div', { class: 'flex max-h-[86vh] flex-col' }, form, body, footer),
  );
}
