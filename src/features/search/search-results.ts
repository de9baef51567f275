import { excerptText, keepMeaningfulMarks, parseExcerpt, type ExcerptPart } from './search-excerpt.ts';
import { resultPlace } from './search-facets.ts';

/** The part of a Pagefind result's data() the interface uses. */
export interface PagefindSubResult {
  title?: string;
  url: string;
  excerpt?: string;
  locations?: number[];
  anchor?: { id?: string; element?: string };
}

export interface PagefindResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SubResultView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  url: string;
  title: string;
  /** «Споры», «Вопрос · Проблемы», «Словарь». */
  place: string;
  excerpt: ExcerptPart[];
  subResults: SubResultView[];
}

/**
 * Only paths on this site become links: an index can only hold our own pages, but a link built from data is
 * checked anyway so that no `javascript:` or other-origin address can ever reach an href.
 */
export function safeHref(url: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(url) ? url : '/';
}

/** Headings that are page furniture, not a place worth jumping to: the «Коротко» summary and embedded checklists. */
function isUsefulAnchor(sub: PagefindSubResult): boolean {
  const id = sub.anchor?.id ?? decodeURIComponent(sub.url.split('#')[1] ?? '');
  return id !== '' && id !== 'summary-title' && !id.startsWith('cl-');
}

const comparable = (text: string) => text.replace(/\s/g, ' ').toLocaleLowerCase('ru');

/** Drops the first `count` characters from excerpt parts, keeping the marks of what remains. */
function dropChars(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  let left = count;
  for (const part of parts) {
    if (left >= part.text.length) {
      left -= part.text.length;
      continue;
    }
    out.push({ text: part.text.slice(left), mark: part.mark });
    left = 0;
  }
  return out;
}

/**
 * The page's title is shown above its excerpt, so an excerpt that opens with the title, or with its end (Pagefind
 * indexes the <h1> as text), loses it, with the punctuation after it.
 */
export function withoutLeadingTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const text = comparable(parts.map((p) => p.text).join(''));
  const full = comparable(title).trim();
  // The excerpt window may start inside the title («ли позвонить в поддержку?»): the longest tail of it counts.
  const starts = [0, ...[...full.matchAll(/ /g)].map((m) => m.index + 1)];
  const head = starts.map((i) => full.slice(i)).find((tail) => tail.length >= 8 && text.startsWith(tail));
  if (!head) return [...parts];
  const rest = text.slice(head.length);
  const skip = head.length + (rest.length - rest.replace(/^[\s.?!:;,—-]+/, '').length);
  return dropChars(parts, skip);
}

/**
 * Shapes one Pagefind result for display: title, where it lives, the excerpt as safe parts, and up to
 * `maxSubResults` headings of the page that matched best, in the order they appear on the page. With the words
 * searched for, highlights are kept only on words that carry meaning (see keepMeaningfulMarks).
 */
export function shapeResult(data: PagefindResultData, maxSubResults = 3, queryWords?: readonly string[]): ResultView {
  const title = (data.meta?.title ?? '').trim() || data.url;
  const excerptOf = (html: string | undefined) => {
    const parts = parseExcerpt(html ?? '');
    return queryWords ? keepMeaningfulMarks(parts, queryWords) : parts;
  };
  const subs = (data.sub_results ?? [])
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .filter(
      ({ sub }) => sub.url.includes('#') && isUsefulAnchor(sub) && (sub.title ?? '').trim() && sub.title !== title,
    )
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, maxSubResults)
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => ({ url: safeHref(sub.url), title: (sub.title ?? '').trim(), excerpt: excerptOf(sub.excerpt) }));
  // The excerpt without the repeated title; when nothing is left, or a heading below says the same, the summary.
  let excerpt = withoutLeadingTitle(excerptOf(data.excerpt), title);
  const plain = comparable(excerptText(excerpt)).trim();
  const repeated = subs.some((s) => comparable(excerptText(s.excerpt)).trim() === plain);
  if ((!plain || repeated) && data.meta?.summary) excerpt = [{ text: data.meta.summary, mark: false }];
  else if (repeated) excerpt = [];
  return {
    url: safeHref(data.url),
    title,
    place: resultPlace(data.filters),
    excerpt,
    subResults: subs,
  };
}
