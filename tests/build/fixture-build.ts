import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { allLeaves, guidesInTree } from '../../src/features/triage/triage.ts';
import { TRIAGE_TREE } from '../support/content.ts';

/**
 * A real `astro build` of the small fixture in tests/fixtures/content-min, in a folder of its own, with the given
 * environment. The triage tool refuses to build without the guides and checklists it names, so each gets a stub
 * made from the fixture's sample guide and checklist (as in bad-content.test.ts).
 */
export function prepareFixture(prefix = 'bg-publish-'): { work: string; root: string } {
  // Inside the project: Astro writes its intermediate chunks to ./.astro when outDir lies outside the project.
  mkdirSync('node_modules/.cache', { recursive: true });
  const work = mkdtempSync(path.resolve('node_modules/.cache', prefix));
  const root = path.join(work, 'content');
  cpSync('tests/fixtures/content-min', root, { recursive: true });
  // The site's words and tools come from the real content: the fixture is about guides, FAQ and checklists.
  for (const part of ['ui', 'tools', 'home.yaml', 'ladder.yaml', 'facts.yaml', 'facts.md'])
    cpSync(path.join('content', part), path.join(root, part), { recursive: true });
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
  return { work, root };
}

/** Asynchronous, so a long build never blocks the test worker (Vitest times out a silent worker). */
export function buildFixture(
  work: string,
  root: string,
  env: Record<string, string> = {},
): Promise<{ ok: boolean; output: string; outDir: string }> {
  const outDir = path.join(work, 'dist');
  const base = { ...process.env };
  for (const name of ['SITE_URL', 'FEEDBACK_URL', 'FEEDBACK_EMAIL', 'SOURCE_URL', 'BG_RELEASE']) delete base[name];
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/astro', ['build', '--outDir', outDir], {
      env: {
        ...base,
        CONTENT_ROOT: root,
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        // CI may force colours; messages are compared as plain text.
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      timeout: 170_000,
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({ ok: code === 0, output: stripVTControlCharacters(output), outDir }));
  });
}
