/**
 * Walks every path of the «Что случилось?» tree and proves each leaf points at pages that exist: its guide
 * (content/guides/<id>.mdx), its checklist (content/checklists/<id>.yaml), its tool (src/pages/tools/<name>.astro)
 * and the deadline hint's link. Reads the content files, so it runs without a build; when DIST_DIR is set and
 * holds a build, it also checks the built pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  allLeaves,
  decodeAnswers,
  encodeAnswers,
  resultFor,
  type TriageNode,
} from '../../src/features/triage/triage.ts';
import { problemTiles, TRIAGE_TREE } from '../support/content.ts';
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
const checklistIds = new Set(
  readdirSync(join(content, 'checklists'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, '')),
);
const sections = new Set(['problems', 'contact', 'prepare', 'disputes', 'escalation']);

/** Is a site path (no query, no hash) a page this site has? Checked against content and src/pages. */
function pageExists(href: string): boolean {
  const path = href.split(/[?#]/)[0]!;
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return true;
  if (parts.length === 1 && sections.has(parts[0]!)) return true;
  if (parts.length === 2 && sections.has(parts[0]!)) return guideIds.has(`${parts[0]}/${parts[1]}`);
  if (parts[0] === 'checklists') return parts.length === 1 || checklistIds.has(parts[1]!);
  if (parts[0] === 'tools' && parts.length === 2) return existsSync(join(root, 'src/pages/tools', `${parts[1]}.astro`));
  return existsSync(join(root, 'src/pages', `${parts.join('/')}.astro`));
}

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
      expect(guideIds.has(result.guide), `${where}: guide ${result.guide}`).toBe(true);
      expect(checklistIds.has(result.checklist), `${where}: checklist ${result.checklist}`).toBe(true);
      for (const id of result.more ?? []) expect(guideIds.has(id), `${where}: more ${id}`).toBe(true);
      for (const href of [result.tool.href, result.deadline.link.href]) {
        expect(pageExists(href), `${where}: ${href}`).toBe(true);
      }
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

  it('every checklist a leaf names is a real checklist with a title', () => {
    for (const id of new Set(leaves.map((l) => l.result.checklist))) {
      const data = parseYaml(readFileSync(join(content, 'checklists', `${id}.yaml`), 'utf8')) as { title?: string };
      expect(data.title, id).toBeTruthy();
    }
  });

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

  it('the home tiles point into the tree', () => {
    for (const tile of problemTiles) {
      expect(guideIds.has(tile.guide), tile.guide).toBe(true);
      const reached = leaves.filter((l) => tile.triage.every((k, i) => l.keys[i] === k)).map((l) => l.result.guide);
      expect(reached, `${tile.guide}: ?a=${encodeAnswers(tile.triage)}`).toContain(tile.guide);
    }
  });
});
