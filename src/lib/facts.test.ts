import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  applyFacts,
  factIdsIn,
  factNumber,
  factsForBrowser,
  factText,
  factValueText,
  isStale,
  loadFacts,
  overdueFacts,
  type Fact,
} from './facts.ts';

const base: Fact = {
  id: 'x',
  topic: 't',
  value: 15,
  unit: ['день', 'дня', 'дней'],
  statement: 's',
  status: 'confirmed',
  sources: [{ title: 'src' }],
  checked: '2026-12-01',
};
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('fact text', () => {
  it('writes the value with its unit in the right plural form, ranges, money, percentages and glued ordinals', () => {
    expect(nb(factValueText(base))).toBe('15 дней');
    expect(nb(factValueText({ ...base, value: 21 }))).toBe('21 день');
    expect(nb(factValueText({ ...base, value: 3 }))).toBe('3 дня');
    expect(nb(factValueText({ ...base, value: [7, 15], unit: ['рабочий день', 'рабочих дня', 'рабочих дней'] }))).toBe(
      '7–15 рабочих дней',
    );
    expect(nb(factValueText({ ...base, value: 100000, unit: '₽' }))).toBe('100 000 ₽');
    expect(nb(factValueText({ ...base, value: 0.5, unit: '%' }))).toBe('0,5 %');
    expect(factValueText({ ...base, value: 16, unit: '-го дня' })).toBe('16-го дня');
    expect(factValueText({ ...base, value: 'ст. 18', unit: undefined })).toBe('ст. 18');
  });

  it('puts the value into its hedge unless asked for the bare value', () => {
    const f = { ...base, hedge: 'около {value}' };
    expect(nb(factText(f))).toBe('около 15 дней');
    expect(nb(factText(f, true))).toBe('15 дней');
    expect(nb(factText(base))).toBe('15 дней');
  });
});

describe('tokens', () => {
  it('replaces {fact:…}, {value:…} and {example:…} from the real facts, and reports unknown ids', () => {
    const unknown: string[] = [];
    const out = applyFacts(
      'осталось {fact:dispute-after-confirm}, порог {value:urgent-days}, {example:2 000 ₽}, {fact:nope}',
      (id) => unknown.push(id),
    );
    expect(nb(out)).toBe('осталось около 15 дней, порог 7 дней, 2 000 ₽, {fact:nope}');
    expect(unknown).toEqual(['nope']);
  });

  it('finds ids in both spellings', () => {
    expect(factIdsIn('a {fact:one} b <Fact id="two" bare /> c {value:one}')).toEqual(['one', 'two']);
  });
});

describe('facts in code', () => {
  it('gives tools the numbers and the words of the facts they use', () => {
    expect(factNumber('dispute-after-confirm')).toBe(15);
    expect(factNumber('urgent-days')).toBe(7);
    const data = factsForBrowser(['dispute-after-confirm']);
    expect(data['dispute-after-confirm']?.value).toBe(15);
    expect(nb(data['dispute-after-confirm']!.text)).toBe('около 15 дней');
    expect(() => factNumber('law-defects')).toThrow(/not a number/);
    expect(() => factsForBrowser(['no-such'])).toThrow(/no fact «no-such»/);
  });
});

describe('freshness', () => {
  it('lists facts past reviewBy and calls a fact stale after a year', () => {
    const book = {
      file: 'f',
      topics: [],
      byId: new Map(),
      digest: '',
      facts: [
        { ...base, id: 'a', reviewBy: '2026-06-01' },
        { ...base, id: 'b', reviewBy: '2027-06-01' },
        { ...base, id: 'c' },
      ],
    };
    expect(overdueFacts('2026-12-01', book).map((f) => f.id)).toEqual(['a']);
    expect(isStale({ ...base, checked: '2025-11-30' }, '2026-12-01')).toBe(true);
    expect(isStale({ ...base, checked: '2026-01-01' }, '2026-12-01')).toBe(false);
  });
});

describe('loading content/facts.yaml', () => {
  const write = (text: string) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'facts-')), 'facts.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('a fact without sources or checked date fails naming the file, the fact and the field', () => {
    const file = write(
      [
        'topics: [{ id: t, title: "Тема" }]',
        'facts:',
        '  - { id: ok, topic: t, value: 1, unit: "%", statement: "s", status: single, sources: [{ title: "x" }], checked: 2026-12-01 }',
        '  - { id: no-source, topic: t, value: 1, unit: "%", statement: "s", status: single, checked: 2026-12-01 }',
        '  - { id: no-date, topic: t, value: 1, unit: "%", statement: "s", status: single, sources: [{ title: "x" }] }',
        '  - { id: bad-topic, topic: zz, value: "ст. 1", statement: "s", status: maybe, sources: [{ title: "x" }], checked: 2026-12-01 }',
      ].join('\n'),
    );
    let message = '';
    try {
      loadFacts(file);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/facts\.yaml: fact «no-source»: sources:/);
    expect(message).toMatch(/facts\.yaml: fact «no-date»: checked:/);
    expect(message).toMatch(/fact «bad-topic»: status:/);
    expect(message).not.toMatch(/«ok»/);
  });

  it('rejects a number without a unit, a statement naming a missing fact and a reviewBy before the check', () => {
    const file = write(
      [
        'topics: [{ id: t, title: "Тема" }]',
        'facts:',
        '  - { id: bare, topic: t, value: 3, statement: "s", status: single, sources: [{ title: "x" }], checked: 2026-12-01 }',
        '  - { id: ref, topic: t, value: "x", statement: "see {value:ghost}", status: single, sources: [{ title: "x" }], checked: 2026-12-01, reviewBy: 2026-01-01 }',
      ].join('\n'),
    );
    expect(() => loadFacts(file)).toThrow(
      /«bare»: unit:[\s\S]*«ref»: reviewBy:[\s\S]*«ref»: statement: no fact «ghost»/,
    );
  });
});
