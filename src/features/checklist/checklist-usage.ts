export interface GuideRef {
  id: string;
  title: string;
  body: string;
  checklists: readonly string[];
}

/** Checklist ids a guide uses: listed in frontmatter or embedded with <Checklist id="…" />. */
function checklistIdsInGuide(guide: Pick<GuideRef, 'body' | 'checklists'>): string[] {
  const embedded = [...guide.body.matchAll(/<Checklist\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...new Set([...guide.checklists, ...embedded])];
}

/** checklist id → the guides that use it, in the order given. */
export function checklistUsage(guides: readonly GuideRef[]): Map<string, GuideRef[]> {
  const usage = new Map<string, GuideRef[]>();
  for (const guide of guides) {
    for (const id of checklistIdsInGuide(guide)) {
      usage.set(id, [...(usage.get(id) ?? []), guide]);
    }
  }
  return usage;
}

export function countItems(checklist: { groups: readonly { items: readonly unknown[] }[] }): number {
  return checklist.groups.reduce((sum, g) => sum + g.items.length, 0);
}
