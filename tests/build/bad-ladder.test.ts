import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareFixture } from './fixture-build.ts';

/**
 * content/ladder.yaml goes through the content layer like every other file: a broken field must stop the build
 * with a message naming the file and the field. The content layer validates before any page renders, so the small
 * fixture with the real ladder is enough.
 */
function buildWithLadder(change: (text: string) => string): { ok: boolean; output: string } {
  const { work, root } = prepareFixture('bg-ladder-');
  for (const part of ['ui', 'tools', 'home.yaml', 'facts.yaml', 'facts.md'])
    cpSync(path.join('content', part), path.join(root, part), { recursive: true });
  writeFileSync(path.join(root, 'ladder.yaml'), change(readFileSync('content/ladder.yaml', 'utf8')));
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

describe('a broken ladder fails the build naming file and field', () => {
  it('a step without `parallel` and a non-numeric urgentDays', () => {
    const { ok, output } = buildWithLadder((t) =>
      t.replace(/^urgentDays: .*$/m, 'urgentDays: семь').replace(/^ {4}parallel: false\n/m, ''),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/ladder → ladder\.yaml/);
    expect(output).toMatch(/urgentDays/);
    expect(output).toMatch(/steps\.0\.parallel/);
  });
});
