import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/ordering.ts';
import { splitGuideId, type SectionId } from '../lib/sections.ts';
import { buildTree, fillTreeData, type TriageQuestion } from '../features/triage/triage.ts';
import type { HomeData } from './schemas.ts';
import { fill, type Params } from '../lib/i18n.ts';
import { newestFirst, UPDATES_LIMIT } from '../lib/updates.ts';
import type { ToolId } from '../lib/tools.ts';
import { TEMPLATE_IDS } from '../features/message/message-templates.ts';
import type { MessageTemplate } from '../features/message/template-format.ts';

export type GuideEntry = CollectionEntry<'guides'>;

let ordered: Promise<GuideEntry[]> | undefined;

/**
 * Every guide in order, each checked for a known section folder: a stray folder fails the build naming the file.
 * Every guide page asks for its section's list (previous/next), so a build computes it once rather than once per
 * page, which made builds grow with the square of the number of guides. The dev server re-reads on every request.
 */
export function allGuides(): Promise<GuideEntry[]> {
  if (ordered && !import.meta.env.DEV) return ordered;
  ordered = getCollection('guides').then((guides) => {
    guides.forEach((g) => splitGuideId(g.id));
    return byOrder(guides);
  });
  return ordered;
}

/** The guides /updates/ and its RSS feed list: newest `updated` first (then by title), at most UPDATES_LIMIT. */
export async function recentlyUpdatedGuides() {
  const guides = (await allGuides()).map((g) => ({
    id: g.id,
    title: g.data.title,
    updated: g.data.updated,
    description: g.data.description,
  }));
  return newestFirst(guides).slice(0, UPDATES_LIMIT);
}

export async function sectionGuides(section: SectionId): Promise<GuideEntry[]> {
  return (await allGuides()).filter((g) => splitGuideId(g.id).section === section);
}

/** Resolves ids to entries; a dangling id fails the build naming the page and the id. */
export async function guidesByIds(ids: readonly string[], from: string): Promise<GuideEntry[]> {
  return Promise.all(
    ids.map(async (id) => {
      const entry = await getEntry('guides', id);
      if (!entry) throw new Error(`${from}: related: no guide with id "${id}"`);
      return entry;
    }),
  );
}

export async function checklistById(id: string, from: string) {
  const entry = await getEntry('checklists', id);
  if (!entry) throw new Error(`${from}: checklists: no checklist with id "${id}" in content/checklists/`);
  return entry;
}

/** The triage tree from content/tools/triage.yaml, built from its flat nodes once per build. */
export async function triageTree(): Promise<TriageQuestion> {
  const entry = await getEntry('triage', 'tree');
  if (!entry) throw new Error('content/tools/triage.yaml is missing: /tools/triage/ renders from it');
  return buildTree(fillTreeData(entry.data, { urgentDays: await urgentDays() }));
}

/** The home page's words and lists from content/home.yaml. */
export async function homePage(): Promise<HomeData> {
  const entry = await getEntry('home', 'home');
  if (!entry) throw new Error('content/home.yaml is missing: / renders from it');
  return entry.data;
}

/**
 * A tool's «Как это работает» from content/tools/<tool>.md as HTML, its {placeholders} filled with the values the
 * code computes (escaped). A placeholder the page does not fill fails the build naming the file and the name.
 */
export async function toolNotesHtml(tool: ToolId, values: Params = {}): Promise<string> {
  const entry = await getEntry('toolNotes', tool);
  const file = `content/tools/${tool}.md`;
  if (!entry?.rendered) throw new Error(`${file} is missing: /tools/${tool}/ shows it under "how it works"`);
  const escaped = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;')]),
  );
  return fill(entry.rendered.html, escaped, file);
}

/**
 * The message builder's letters from content/tools/messages/, in their `order`. The file names must be exactly the
 * builder's TEMPLATE_IDS (drafts and ?template= links keep those ids): a missing or extra file fails the build.
 */
export async function messageTemplates(): Promise<MessageTemplate[]> {
  const entries = await getCollection('messages');
  const ids = new Set(entries.map((e) => e.id));
  for (const id of TEMPLATE_IDS) {
    if (!ids.has(id)) throw new Error(`content/tools/messages/${id}.yaml is missing: /tools/message/ offers it`);
  }
  for (const id of ids) {
    if (!(TEMPLATE_IDS as readonly string[]).includes(id)) {
      throw new Error(`content/tools/messages/${id}.yaml: id: not a letter the builder knows (${TEMPLATE_IDS.join(', ')})`);
    }
  }
  return entries.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.order - b.order);
}

/** content/ladder.yaml `urgentDays`: days left on the timer at or below which every tool says «откройте спор сегодня». */
export async function urgentDays(): Promise<number> {
  const entry = await getEntry('ladder', 'ladder.yaml');
  if (!entry) throw new Error('content/ladder.yaml is missing: the tools read urgentDays from it');
  return entry.data.urgentDays;
}
