/**
 * Each glossary term is its own search result pointing at its anchor on /glossary/ (`/glossary/#dispute`), so
 * «чарджбэк» can answer with the term itself rather than with a long page of every term. The terms are read
 * from the DefinedTermSet the glossary page publishes as JSON-LD (the same data the page renders), and each
 * becomes a tiny HTML record for Pagefind.
 */
export interface GlossaryTerm {
  /** `dispute`: the id of the term's block on /glossary/. */
  anchor: string;
  term: string;
  definition: string;
}

interface DefinedTermLike {
  '@type'?: string;
  name?: unknown;
  description?: unknown;
  url?: unknown;
}

/** Terms from every `DefinedTermSet` in the page's JSON-LD; entries without a name, text or #anchor are skipped. */
export function glossaryTermsFromHtml(html: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const scripts = html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g);
  for (const [, json] of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(json!);
    } catch {
      continue;
    }
    const set = data as { '@type'?: string; hasDefinedTerm?: DefinedTermLike[] };
    if (set['@type'] !== 'DefinedTermSet' || !Array.isArray(set.hasDefinedTerm)) continue;
    for (const t of set.hasDefinedTerm) {
      if (typeof t.name !== 'string' || typeof t.description !== 'string' || typeof t.url !== 'string') continue;
      const anchor = decodeURIComponent(t.url.split('#')[1] ?? '');
      if (!anchor) continue;
      terms.push({ anchor, term: t.name, definition: t.description });
    }
  }
  return terms;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The record Pagefind indexes for one term: the term as the title (a heading, so it weighs like one) and the
 * definition as the text, filtered as kind «Словарь».
 */
export function glossaryRecordHtml(term: GlossaryTerm, kind: string): string {
  return [
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>',
    escapeHtml(term.term),
    '</title></head><body><main data-pagefind-body>',
    `<span data-pagefind-filter="kind:${escapeHtml(kind)}"></span>`,
    `<h1 data-pagefind-meta="title">${escapeHtml(term.term)}</h1>`,
    `<p>${escapeHtml(term.definition)}</p>`,
    '</main></body></html>',
  ].join('');
}

export function glossaryRecordUrl(pageUrl: string, term: GlossaryTerm): string {
  return `${pageUrl}#${term.anchor}`;
}
