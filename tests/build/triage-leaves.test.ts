/**
 * Walks every path of the «Что случилось?» tree: each leaf's address (?a=…) leads back to it, the tree reaches every
 * problem guide, and when DIST_DIR is set and holds a build, each leaf's pages are built. Whether the ids and links
 * a node names exist is the reference check's job (tests/support/references.ts, tests/content/references.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allLeaves,
  decodeAnswers,
  encodeAnswers,
  resultFor,
  type TriageNode,
} from '../../src/features/triage/triage.ts';
import { TRIAGE_TREE } from '../support/content.ts';
import { PROBLEM_SLUGS } from '../../src/lib/sections.ts';

const root = resolve(import.meta.dirname, '../..');
const content = resolve(root, process.env.CONTENT_ROOT?.trim() || 'content');
const dist = process.env.DIST_DIR ? resolve(root, process.env.DIST_DIR) : null;
const checkDist = dist !== null && existsSync(join(dist, 'index.html'));

const guideIds = new Set(
  readdirSync(join(content, 'guides'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(content, 'guides', d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${d.name}/${f.replace(/\.mdx$/, '')}`),
    ),
);

function builtPageExists(href: string): boolean {
  const path = href.split(/[?#]/)[0]!;
  return existsSync(join(dist!, path, 'index.html'));
}

const leaves = allLeaves(TRIAGE_TREE);

describe('triage tree leaves', () => {
  it('has leaves and reaches every problem guide and the issue-13 dispute guides, each of which exists', () => {
    const problems = [...guideIds].filter((id) => id.startsWith('problems/'));
    expect(problems.sort()).toEqual(PROBLEM_SLUGS.map((slug) => `problems/${slug}`).sort());
    const reached = new Set(leaves.map((l) => l.result.guide));
    for (const id of [
      ...problems,
      'disputes/lost-dispute',
      'disputes/off-platform-offers',
      'disputes/return-unwanted',
    ]) {
      expect(guideIds.has(id), `${id} does not exist`).toBe(true);
      expect(reached, `no path of the tree ends on ${id}`).toContain(id);
    }
  });

  for (const { keys, result } of leaves) {
    const where = `?a=${encodeAnswers(keys)}`;
    it(`${where} → ${result.guide}`, () => {
      expect(resultFor(decodeAnswers(encodeAnswers(keys)), TRIAGE_TREE)).toBe(result);
      if (checkDist) {
        for (const href of [
          `/${result.guide}/`,
          `/checklists/${result.checklist}/`,
          result.tool.href,
          result.deadline.link.href,
        ]) {
          expect(builtPageExists(href), `${where}: ${href} in ${dist}`).toBe(true);
        }
      }
    });
  }

  it('every question can be reached and every option leads somewhere', () => {
    let questions = 0;
    const visit = (node: TriageNode) => {
      if (node.kind === 'result') return;
      questions += 1;
      node.options.forEach((o) => visit(o.next));
    };
    visit(TRIAGE_TREE);
    expect(questions).toBeGreaterThan(3);
    expect(leaves.length).toBeGreaterThanOrEqual(11);
  });
});
