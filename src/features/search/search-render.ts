/**
 * Builds result DOM from shaped results (src/lib/search-results.ts). Every piece of text goes in through
 * textContent; the only element made from an excerpt is <mark>. No innerHTML anywhere.
 */
import type { ExcerptPart } from './search-excerpt.ts';
import type { ResultView } from './search-results.ts';
import { searchT } from './search-strings.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function appendExcerpt(target: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    target.append(
      part.mark
        ? el('mark', 'rounded-sm bg-accent-soft px-0.5 font-semibold text-ink', part.text)
        : document.createTextNode(part.text),
    );
  }
}

/** Appends the excerpt as a `tag` element with `className` to `parent`; nothing when there is no excerpt. */
function appendExcerptAs(
  parent: HTMLElement,
  tag: 'span' | 'p',
  className: string,
  parts: readonly ExcerptPart[],
): void {
  if (!parts.length) return;
  const box = el(tag, className);
  appendExcerpt(box, parts);
  parent.append(box);
}

/**
 * The dialog's list: every result and every heading under it is one option of the listbox (an <a role="option">
 * the input points at with aria-activedescendant while the arrows move). The options stay ordinary links in the
 * tab order too, so Tab reaches them and the scrolling list is never out of the keyboard's reach. Returns the
 * options in order.
 */
export function renderOptions(
  listbox: HTMLElement,
  results: readonly ResultView[],
  idPrefix: string,
): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const option = (href: string, className: string) => {
    const a = el('a', className);
    a.href = href;
    a.id = `${idPrefix}-${options.length}`;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    options.push(a);
    return a;
  };
  const frag = document.createDocumentFragment();
  for (const r of results) {
    const group = el('div', 'border-b border-line py-1 last:border-b-0');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', r.title);
    const main = option(
      r.url,
      'block rounded-lg px-3 py-2 text-ink no-underline outline-offset-0 hover:bg-surface aria-selected:bg-surface aria-selected:outline-2 aria-selected:outline-accent',
    );
    if (r.place) main.append(el('span', 'block text-sm text-muted', r.place));
    main.append(el('span', 'block font-semibold text-accent underline-offset-2', r.title));
    appendExcerptAs(main, 'span', 'mt-0.5 line-clamp-3 text-base text-ink', r.excerpt);
    group.append(main);
    for (const s of r.subResults) {
      const sub = option(
        s.url,
        'ml-4 block rounded-lg px-3 py-1.5 text-ink no-underline outline-offset-0 hover:bg-surface aria-selected:bg-surface aria-selected:outline-2 aria-selected:outline-accent',
      );
      sub.append(el('span', 'block font-semibold text-accent', s.title));
      appendExcerptAs(sub, 'span', 'line-clamp-2 text-sm text-muted', s.excerpt);
      group.append(sub);
    }
    frag.append(group);
  }
  listbox.replaceChildren(frag);
  return options;
}

/** The /search/ page's list: ordinary links in an ordered list, read and tabbed through like any page. */
export function renderList(list: HTMLElement, results: readonly ResultView[], append = false): void {
  const frag = document.createDocumentFragment();
  for (const r of results) {
    const li = el('li', 'border-b border-line py-4');
    if (r.place) li.append(el('p', 'text-sm text-muted', r.place));
    const h = el('h2', 'text-xl font-semibold');
    const a = el('a', '', r.title);
    a.href = r.url;
    h.append(a);
    li.append(h);
    appendExcerptAs(li, 'p', 'mt-1 max-w-prose', r.excerpt);
    if (r.subResults.length) {
      const ul = el('ul', 'mt-2 space-y-2 border-l-2 border-line pl-4');
      for (const s of r.subResults) {
        const item = el('li');
        const link = el('a', 'font-semibold', s.title);
        link.href = s.url;
        item.append(link);
        appendExcerptAs(item, 'p', 'text-base text-muted', s.excerpt);
        ul.append(item);
      }
      li.append(ul);
    }
    frag.append(li);
  }
  if (append) list.append(frag);
  else list.replaceChildren(frag);
}

/** A message in words: the first line stands out when a second one explains it. */
export function messageParagraphs(text: string, detail = ''): HTMLParagraphElement[] {
  const first = el('p', detail ? 'font-semibold' : '', text);
  return detail ? [first, el('p', 'mt-1 text-muted', detail)] : [first];
}

/**
 * What the search did to the query, in words: the words it left out (searchUi.dropped) and the query it thinks
 * was meant, as a link to that search (searchUi.didYouMean). Empty when neither.
 */
export function queryNotes(outcome: { dropped: readonly string[]; suggestion: string | null }): HTMLElement[] {
  const notes: HTMLElement[] = [];
  if (outcome.suggestion) {
    const p = el('p', 'text-base');
    const a = el('a', 'font-semibold', outcome.suggestion);
    a.href = `/search/?q=${encodeURIComponent(outcome.suggestion)}`;
    a.dataset.searchSuggestion = '';
    p.append(`${searchT()('searchUi.didYouMean')} «`, a, '»?');
    notes.push(p);
  }
  if (outcome.dropped.length) {
    const words = outcome.dropped.map((w) => `«${w}»`).join(', ');
    notes.push(el('p', 'text-base text-muted', searchT()('searchUi.dropped', { n: outcome.dropped.length, words })));
  }
  return notes;
}
