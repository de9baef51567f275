import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { allLeaves, guidesInTree } from '../../src/lib/triage.ts';
import { TRIAGE_TREE } from '../support/content.ts';

/**
 * A real `astro build` over a small fixture with one thing broken: the build must fail and its message must name
 * the file and the field, so an editor knows what to fix without reading a stack trace.
 */
/**
 * The triage tool names real guides and checklists and refuses to build without them; the small fixture gets a
 * stub for each, made from its sample guide and checklist, so these tests stay about the one thing they break.
 */
function addTriageStubs(root: string) {
  const guide = readFileSync(path.join(root, 'guides/problems/sample.mdx'), 'utf8');
  for (const id of guidesInTree(TRIAGE_TREE)) {
    const file = path.join(root, 'guides', `${id}.mdx`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, guide.replace(/^title: .*$/m, `title: "Заглушка ${id}"`));
  }
  const checklist = readFileSync(path.join(root, 'checklists/sample.yaml'), 'utf8');
  for (const id of new Set(allLeaves(TRIAGE_TREE).map((l) => l.result.checklist))) {
    writeFileSync(
      path.join(root, 'checklists', `${id}.yaml`),
      checklist.replace(/^title: .*$/m, `title: "Заглушка ${id}"`),
    );
  }
}

function buildWith(breakIt: (root: string) => void): { ok: boolean; output: string } {
  // Inside the project: Astro writes its intermediate chunks to ./.astro when outDir lies outside the project,
  // and parallel builds would then share them.
  mkdirSync('node_modules/.cache', { recursive: true });
  const work = mkdtempSync(path.resolve('node_modules/.cache/bg-bad-'));
  const root = path.join(work, 'content');
  cpSync('tests/fixtures/content-min', root, { recursive: true });
  addTriageStubs(root);
  breakIt(root);
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', path.join(work, 'dist')], {
    env: {
      ...process.env,
      CONTENT_ROOT: root,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  rmSync(work, { recursive: true, force: true });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('bad content fails the build with a message naming file and field', () => {
  it('the unbroken fixture builds', () => {
    const { ok, output } = buildWith(() => {});
    expect(ok, output).toBe(true);
  });

  it('a description over 160 characters', () => {
    const { ok, output } = buildWith((root) =>
      edit(path.join(root, 'guides/disputes/sample.mdx'), (t) =>
        t.replace(/^description: .*$/m, `description: "${'очень длинно '.repeat(15)}"`),
      ),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/guides → disputes\/sample/);
    expect(output).toMatch(/description/);
    expect(output).toMatch(/160/);
  });

  it('a missing title and a bad date', () => {
    const { ok, output } = buildWith((root) =>
      edit(path.join(root, 'guides/problems/sample.mdx'), (t) =>
        t.replace(/^title: .*\n/m, '').replace(/^updated: .*$/m, 'updated: вчера'),
      ),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/problems\/sample/);
    expect(output).toMatch(/title/);
    expect(output).toMatch(/updated/);
  });

  it('a guide in an unknown section folder', () => {
    const { ok, output } = buildWith((root) => {
      mkdirSync(path.join(root, 'guides/refunds'));
      renameSync(path.join(root, 'guides/contact/sample.mdx'), path.join(root, 'guides/refunds/sample.mdx'));
    });
    expect(ok).toBe(false);
    expect(output).toContain('content/guides/refunds/sample.mdx: section: unknown section folder "refunds"');
  });

  it('an unknown FAQ section', () => {
    const { ok, output } = buildWith((root) =>
      edit(path.join(root, 'faq/sample-question.md'), (t) => t.replace('section: problems', 'section: returns')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/faq → sample-question/);
    expect(output).toMatch(/section/);
  });

  it('a duplicated checklist item id', () => {
    const { ok, output } = buildWith((root) =>
      edit(path.join(root, 'checklists/sample.yaml'), (t) => t.replace('id: second', 'id: first')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/checklists → sample/);
    expect(output).toMatch(/повторяется id пункта «first»/);
  });

  it('a related guide that does not exist', () => {
    const { ok, output } = buildWith((root) =>
      edit(path.join(root, 'guides/prepare/sample.mdx'), (t) =>
        t.replace('related: [problems/sample]', 'related: [problems/ghost]'),
      ),
    );
    expect(ok).toBe(false);
    expect(output).toContain('content/guides/prepare/sample.mdx: related: no guide with id "problems/ghost"');
  });
});
