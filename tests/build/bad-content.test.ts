import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildFixture, prepareFixture } from './fixture-build.ts';

/**
 * A real `astro build` over a small fixture with one thing broken: the build must fail and its message must name
 * the file and the field, so an editor knows what to fix without reading a stack trace.
 */
async function buildWith(breakIt: (root: string) => void): Promise<{ ok: boolean; output: string }> {
  // One fixture recipe for every fixture build (content copy list, triage stubs): see fixture-build.ts.
  const { work, root } = prepareFixture('bg-bad-');
  breakIt(root);
  const result = await buildFixture(work, root);
  rmSync(work, { recursive: true, force: true });
  return { ok: result.ok, output: result.output };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('bad content fails the build with a message naming file and field', () => {
  it('the unbroken fixture builds', async () => {
    const { ok, output } = await buildWith(() => {});
    expect(ok, output).toBe(true);
  });

  it('a description over 160 characters, a missing title and a bad date: all named in one build', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'guides/problems/sample.mdx'), (t) =>
        t
          .replace(/^description: .*$/m, `description: "${'очень длинно '.repeat(15)}"`)
          .replace(/^title: .*\n/m, '')
          .replace(/^updated: .*$/m, 'updated: вчера'),
      ),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/guides → problems\/sample/);
    expect(output).toMatch(/description/);
    expect(output).toMatch(/160/);
    expect(output).toMatch(/title/);
    expect(output).toMatch(/updated/);
  });

  it('a guide in an unknown section folder', async () => {
    const { ok, output } = await buildWith((root) => {
      mkdirSync(path.join(root, 'guides/refunds'));
      renameSync(path.join(root, 'guides/contact/sample.mdx'), path.join(root, 'guides/refunds/sample.mdx'));
    });
    expect(ok).toBe(false);
    expect(output).toContain('content/guides/refunds/sample.mdx: section: unknown section folder "refunds"');
  });

  it('an unknown FAQ section', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'faq/sample-question.md'), (t) => t.replace('section: problems', 'section: returns')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/faq → sample-question/);
    expect(output).toMatch(/section/);
  });

  it('a duplicated checklist item id', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'checklists/sample.yaml'), (t) => t.replace('id: second', 'id: first')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/checklists → sample/);
    expect(output).toMatch(/повторяется id пункта «first»/);
  });

  it('a related guide that does not exist', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'guides/prepare/sample.mdx'), (t) =>
        t.replace('related: [problems/sample]', 'related: [problems/ghost]'),
      ),
    );
    expect(ok).toBe(false);
    expect(output).toContain('content/guides/prepare/sample.mdx: related: no guide with id "problems/ghost"');
  });

  it('a triage answer to a missing node and an unreachable node: both named in one build', async () => {
    const orphan = [
      '  - id: orphan',
      '    question: Кто-нибудь сюда дойдёт?',
      '    answers:',
      '      - { key: yes, label: Да, next: what }',
      '      - { key: no, label: Нет, next: what }',
    ].join('\n');
    const { ok, output } = await buildWith((root) =>
      edit(
        path.join(root, 'tools/triage.yaml'),
        (t) => `${t.replace('next: arrived-wrong', 'next: arrived-nowhere')}\n${orphan}\n`,
      ),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/triage → tree/);
    expect(output).toContain('узел «what»: нет узла «arrived-nowhere»');
    expect(output).toContain('узел «orphan» недостижим от корня «what»');
  });

  it('a triage result pointing to a missing guide', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'tools/triage.yaml'), (t) => t.replace('guide: problems/damaged', 'guide: problems/ghost')),
    );
    expect(ok).toBe(false);
    expect(output).toContain('content/tools/triage.yaml: ?a=arrived.damaged');
    expect(output).toContain('guide: no guide "problems/ghost" in content/guides/');
  });

  it('a letter whose placeholder names no field (and a field it then no longer uses)', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'tools/messages/claim.yaml'), (t) => t.replace('От: {sender},', 'От: {senderName},')),
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/messages → claim/);
    expect(output).toContain('text: подстановка {senderName} не называет ни одно поле письма');
    expect(output).toContain('fields.sender: поле «sender» нигде не используется');
  });

  it('a missing interface string', async () => {
    const { ok, output } = await buildWith((root) =>
      edit(path.join(root, 'ui/ru.yaml'), (t) => t.replace(/^ {2}toc: .*\n/m, '')),
    );
    expect(ok).toBe(false);
    expect(output).toContain('content/ui/ru.yaml: guide.toc: no such string');
  });
});
