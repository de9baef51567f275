/**
 * Progress of a checklist in numbers and words, and the small naming helpers its component needs.
 * Pure: used at build time by Checklist.astro and in the browser by the bg-checklist element.
 */

export type GroupStatus = 'not-started' | 'in-progress' | 'done';

export interface GroupProgress {
  done: number;
  total: number;
  status: GroupStatus;
}

export interface ChecklistProgress {
  done: number;
  total: number;
  groups: GroupProgress[];
}

export function groupStatus(done: number, total: number): GroupStatus {
  if (done <= 0) return 'not-started';
  return done >= total ? 'done' : 'in-progress';
}

/** Counts ticked items per group (groups given as lists of item ids) and overall. */
export function checklistProgress(groups: readonly (readonly string[])[], ticked: Iterable<string>): ChecklistProgress {
  const set = new Set(ticked);
  const perGroup = groups.map((ids) => {
    const done = ids.filter((id) => set.has(id)).length;
    return { done, total: ids.length, status: groupStatus(done, ids.length) };
  });
  return {
    done: perGroup.reduce((sum, g) => sum + g.done, 0),
    total: perGroup.reduce((sum, g) => sum + g.total, 0),
    groups: perGroup,
  };
}

/**
 * Element id prefix for one rendering of a checklist on a page: `cl-<id>` for the first copy, `cl-<id>-2`, … for
 * the next ones. `seen` counts renderings per checklist on the current page, so builds are reproducible.
 */
export function checklistInstanceId(checklistId: string, seen: Map<string, number>): string {
  const n = (seen.get(checklistId) ?? 0) + 1;
  seen.set(checklistId, n);
  return n === 1 ? `cl-${checklistId}` : `cl-${checklistId}-${n}`;
}

/** `/disputes/when-to-open/#x` → `disputes/when-to-open`, the id of a guide, or null for other paths. */
export function guideIdFromPath(path: string): string | null {
  const m = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/?(?:[#?].*)?$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : null;
}
