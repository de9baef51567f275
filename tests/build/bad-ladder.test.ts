import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFixture, prepareFixture } from './fixture-build.ts';

/**
 * content/ladder.yaml goes through the content layer like every other file: a broken field must stop the build
 * with a message naming the file and the field. The content layer validates before any page renders, so the small
 * fixture with the real ladder is enough.
 */
async function buildWithLadder(change: (text: string) => string): Promise<{ ok: boolean; output: string }> {
  const { work, root } = prepareFixture('bg-ladder-');
  writeFileSync(path.join(root, 'ladder.yaml'), change(readFileSync('content/ladder.yaml', 'utf8')));
  const { ok, output } = await buildFixture(work, root);
  rmSync(work, { recursive: true, force: true });
  return { ok, output };
}

describe('a broken ladder fails the build naming file and field', () => {
  it('a step without `parallel` and a non-numeric urgentDays', async () => {
    const { ok, output } = await buildWithLadder((t) =>
      t.replace(/^urgentDays: .*$/m, 'urgentDays: семь').replace(/^ {4}parallel: false\n/m, ''),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/ladder → ladder\.yaml/);
    expect(output).toMatch(/urgentDays/);
    expect(output).toMatch(/steps\.0\.parallel/);
  });
});
