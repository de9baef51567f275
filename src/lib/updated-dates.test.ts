import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { updatedDates } from './updated-dates.ts';

describe('updatedDates', () => {
  it('dates each guide, its section by its newest guide, home and /updates/ by the newest of all; skips bad dates', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'updated-'));
    mkdirSync(path.join(root, 'guides', 'disputes'), { recursive: true });
    mkdirSync(path.join(root, 'guides', 'problems'), { recursive: true });
    const md = (file: string, updated: string) =>
      writeFileSync(path.join(root, file), `---\nupdated: ${updated}\n---\nText`);
    md('guides/disputes/a.mdx', '2026-11-01');
    md('guides/disputes/b.mdx', '2026-12-01');
    md('guides/problems/c.mdx', 'not a date');
    md('about.md', '2026-10-05');
    writeFileSync(path.join(root, 'offline.md'), 'no frontmatter');
    const dates = updatedDates(root);
    expect(Object.fromEntries(dates)).toEqual({
      '/disputes/a/': '2026-11-01',
      '/disputes/b/': '2026-12-01',
      '/disputes/': '2026-12-01',
      '/about/': '2026-10-05',
      '/': '2026-12-01',
      '/updates/': '2026-12-01',
    });
  });
});
