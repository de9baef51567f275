import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/ordering.ts';
import { splitGuideId, type SectionId } from '../lib/sections.ts';

export type GuideEntry = CollectionEntry<'guides'>;

/** Every guide, each checked for a known section folder: a stray folder fails the build naming the file. */
export async function allGuides(): Promise<GuideEntry[]> {
  const guides = await getCollection('guides');
  guides.forEach((g) => splitGuideId(g.id));
  return byOrder(guides);
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
