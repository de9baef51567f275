/**
 * Cross-reference checks over the whole content set: every related guide, checklist id, glossary term and
 * internal link must point at something that exists. Pure: the caller loads the files; this only reasons.
 */
import { SECTION_IDS } from './sections.ts';

export interface GuideDoc {
  file: string;
  id: string;
  related: string[];
  checklists: string[];
  body: string;
}
export interface FaqDoc {
  file: string;
  id: string;
  related: string[];
  body: string;
}
export interface ChecklistDoc {
  file: string;
  id: string;
  links: { itemId: string; link: string }[];
}
export interface GlossaryDoc {
  file: string;
  id: string;
  see: string[];
}
export interface ContentModel {
  guides: GuideDoc[];
  faq: FaqDoc[];
  checklists: ChecklistDoc[];
  glossary: GlossaryDoc[];
  /** Extra pages rendered from content (e.g. about.md): file, id and body, checked for links too. */
  pages?: { file: string; id: string; body: string }[];
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Fixed routes that are not generated from content. */
export const STATIC_ROUTES = [
  '/',
  '/faq/',
  '/checklists/',
  '/glossary/',
  '/about/',
  '/about/facts/',
  '/search/',
  '/tools/deadline/',
  '/tools/message/',
  '/tools/triage/',
  '/updates/',
  ...SECTION_IDS.map((s) => `/${s}/`),
];

/** Internal link targets in Markdown/MDX: `](/path/)`, `href="/path/"`, `link: /path/`. */
export function internalLinks(body: string): string[] {
  const found = [...body.matchAll(/\]\((\/[^)\s]*)\)/g), ...body.matchAll(/href=["'](\/[^"']*)["']/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(found)];
}

export function embeddedIds(body: string, component: 'Checklist' | 'Term'): string[] {
  return [...body.matchAll(new RegExp(`<${component}\\s+id=["']([^"']+)["']`, 'g'))].map((m) => m[1]!);
}

export function knownRoutes(model: ContentModel): Set<string> {
  return new Set([
    ...STATIC_ROUTES,
    ...model.guides.map((g) => `/${g.id}/`),
    ...model.faq.map((f) => `/faq/${f.id}/`),
    ...model.checklists.map((c) => `/checklists/${c.id}/`),
  ]);
}

/** Fragments that exist on fixed pages: glossary term anchors and FAQ question anchors. */
function knownFragments(model: ContentModel): Map<string, Set<string>> {
  return new Map([
    ['/glossary/', new Set(model.glossary.map((t) => t.id))],
    ['/faq/', new Set([...model.faq.map((f) => f.id), ...SECTION_IDS])],
  ]);
}

function checkLink(link: string, routes: Set<string>, fragments: Map<string, Set<string>>): string | null {
  const [pathPart, fragment] = link.split('#') as [string, string | undefined];
  const path = pathPart.split('?')[0]!;
  if (!routes.has(path)) {
    return routes.has(`${path}/`) ? `link ${link} needs a trailing slash` : `link ${link} points to no page`;
  }
  if (fragment) {
    const anchors = fragments.get(path);
    if (anchors && !anchors.has(decodeURIComponent(fragment))) return `link ${link}: no #${fragment} on ${path}`;
  }
  return null;
}

export function auditReferences(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const guideIds = new Set(model.guides.map((g) => g.id));
  const checklistIds = new Set(model.checklists.map((c) => c.id));
  const termIds = new Set(model.glossary.map((t) => t.id));
  const routes = knownRoutes(model);
  const fragments = knownFragments(model);

  const guideRefs = (file: string, field: string, ids: string[]) =>
    ids.filter((id) => !guideIds.has(id)).forEach((id) => problems.push({ file, field, message: `no guide "${id}"` }));
  const links = (file: string, field: string, body: string) =>
    internalLinks(body).forEach((link) => {
      const message = checkLink(link, routes, fragments);
      if (message) problems.push({ file, field, message });
    });

  for (const g of model.guides) {
    guideRefs(g.file, 'related', g.related);
    if (g.related.includes(g.id))
      problems.push({ file: g.file, field: 'related', message: 'a guide cannot be related to itself' });
    g.checklists
      .filter((id) => !checklistIds.has(id))
      .forEach((id) => problems.push({ file: g.file, field: 'checklists', message: `no checklist "${id}"` }));
    embeddedIds(g.body, 'Checklist')
      .filter((id) => !checklistIds.has(id))
      .forEach((id) => problems.push({ file: g.file, field: '<Checklist id>', message: `no checklist "${id}"` }));
    embeddedIds(g.body, 'Term')
      .filter((id) => !termIds.has(id))
      .forEach((id) => problems.push({ file: g.file, field: '<Term id>', message: `no glossary term "${id}"` }));
    links(g.file, 'body', g.body);
  }
  for (const f of model.faq) {
    guideRefs(f.file, 'related', f.related);
    links(f.file, 'body', f.body);
  }
  for (const c of model.checklists) {
    c.links.forEach(({ itemId, link }) => {
      const message = checkLink(link, routes, fragments);
      if (message) problems.push({ file: c.file, field: `items.${itemId}.link`, message });
    });
  }
  for (const t of model.glossary) guideRefs(t.file, `${t.id}.see`, t.see);
  for (const p of model.pages ?? []) links(p.file, 'body', p.body);
  return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
