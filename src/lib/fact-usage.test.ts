import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { factsInFile, factUses, pageOfContentFile } from './fact-usage.ts';

describe('fact usage', () => {
  it('maps content files to the pages that show them', () => {
    expect(pageOfContentFile('guides/disputes/open-dispute.mdx')).toBe('/disputes/open-dispute/');
    expect(pageOfContentFile('faq/days-left.md')).toBe('/faq/days-left/');
    expect(pageOfContentFile('checklists/open-dispute.yaml')).toBe('/checklists/open-dispute/');
    expect(pageOfContentFile('glossary.yaml')).toBe('/glossary/');
    expect(pageOfContentFile('tools/triage.yaml')).toBe('/tools/triage/');
    expect(pageOfContentFile('ui/ru.yaml')).toBeNull();
  });

  it('counts every use per file, leaves facts.yaml out and lists a file’s facts in order', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'fact-usage-'));
    mkdirSync(path.join(root, 'faq'));
    writeFileSync(path.join(root, 'faq', 'q.md'), 'a {fact:one} b {value:one} c <Fact id="two" />');
    writeFileSync(path.join(root, 'facts.yaml'), '{fact:one}');
    const uses = factUses(root);
    expect(uses.get('one')).toEqual([{ file: 'content/faq/q.md', url: '/faq/q/', count: 2 }]);
    expect(uses.get('two')).toEqual([{ file: 'content/faq/q.md', url: '/faq/q/', count: 1 }]);
    expect(factsInFile(path.join(root, 'faq', 'q.md'))).toEqual(['one', 'two']);
    expect(factsInFile(path.join(root, 'missing.md'))).toEqual([]);
    expect(factUses(path.join(root, 'nowhere')).size).toBe(0);
  });
});
