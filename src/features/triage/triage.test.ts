import { describe, expect, it } from 'vitest';
import {
  allLeaves,
  decodeAnswers,
  encodeAnswers,
  guidesInTree,
  nextQuestion,
  resultFor,
  triageHref,
  walk,
  type TriageNode,
} from './triage.ts';
import { problemTiles, TRIAGE_TREE } from '../../../tests/support/content.ts';
import { PROBLEM_SLUGS } from '../../lib/sections.ts';
import { fact } from '../../lib/facts.ts';

const PROBLEM_GUIDES = PROBLEM_SLUGS.map((slug) => `problems/${slug}`);

describe('answers in the URL', () => {
  it('round-trips a path', () => {
    expect(decodeAnswers('arrived.damaged.no')).toEqual(['arrived', 'damaged', 'no']);
    expect(encodeAnswers(['arrived', 'damaged', 'no'])).toBe('arrived.damaged.no');
    expect(triageHref(['money', 'refund'])).toBe('/tools/triage/?a=money.refund');
    expect(triageHref([])).toBe('/tools/triage/');
  });

  it('drops malformed keys from the first bad one', () => {
    expect(decodeAnswers(null)).toEqual([]);
    expect(decodeAnswers('')).toEqual([]);
    expect(decodeAnswers('arrived.<script>.no')).toEqual(['arrived']);
    expect(decodeAnswers('Arrived')).toEqual([]);
    expect(decodeAnswers('arrived..damaged')).toEqual(['arrived']);
  });
});

describe('walking the tree', () => {
  it('starts with the root question', () => {
    expect(nextQuestion([], TRIAGE_TREE)).toBe(TRIAGE_TREE);
    expect(resultFor([], TRIAGE_TREE)).toBeNull();
  });

  it('asks the next question one at a time', () => {
    expect(nextQuestion(['arrived'], TRIAGE_TREE)?.id).toBe('arrived-wrong');
    expect(nextQuestion(['arrived', 'damaged'], TRIAGE_TREE)?.id).toBe('arrived-damaged-confirm');
    expect(nextQuestion(['not-arrived'], TRIAGE_TREE)?.id).toBe('not-arrived-tracking');
    expect(nextQuestion(['not-arrived', 'moving'], TRIAGE_TREE)?.id).toBe('not-arrived-moving-timer');
    expect(nextQuestion(['arrived', 'damaged', 'no'], TRIAGE_TREE)).toBeNull();
  });

  it('returns the result at the end of a path', () => {
    const r = resultFor(['arrived', 'damaged', 'no'], TRIAGE_TREE);
    expect(r?.guide).toBe('problems/damaged');
    expect(r?.checklist).toBe('parcel-arrived');
    const confirmed = resultFor(['arrived', 'damaged', 'yes'], TRIAGE_TREE);
    expect(confirmed?.deadline.text).toMatch(/15\sдней/);
    expect(confirmed?.tool.href).toBe('/tools/deadline/?mode=confirmed');
  });

  it('leads each result with the link that performs its first action', () => {
    // At the counter with a damaged box: what to check before accepting the parcel, not the deadline calculator.
    const pickup = resultFor(['pickup'], TRIAGE_TREE);
    expect(pickup?.action).toMatch(/^Не\sпринимайте посылку/);
    expect(pickup?.first.href).toBe('/checklists/parcel-arrived/');
    // «Откройте спор сегодня» comes with the dispute steps; «Напишите продавцу» with the seller's letter.
    for (const { keys, result } of allLeaves(TRIAGE_TREE)) {
      const where = keys.join('.');
      if (/^Откройте\sспор\sсегодня/.test(result.action))
        expect(result.first.href, where).toBe('/disputes/open-dispute/');
      if (/^Напишите\sпродавцу/.test(result.action))
        expect(result.first.href, where).toBe('/tools/message/?template=seller');
      expect(result.first.label.length, where).toBeGreaterThan(5);
    }
    expect(resultFor(['not-arrived', 'moving', 'ending'], TRIAGE_TREE)?.first.label).toMatch(/сегодня/);
  });

  it('states the rules through the facts: the dispute term after confirmation reads fact dispute-after-confirm', () => {
    const text = JSON.stringify(TRIAGE_TREE);
    expect(text).not.toMatch(/\{(?:fact|value):/);
    const days = fact('dispute-after-confirm').value;
    expect(resultFor(['arrived', 'damaged', 'yes'], TRIAGE_TREE)?.deadline.text).toMatch(
      new RegExp(`около ${days}\\sдней`),
    );
  });

  it('marks the deadline hint urgent when the timer is nearly out or over', () => {
    expect(resultFor(['not-arrived', 'moving', 'running'], TRIAGE_TREE)?.deadline.urgent).toBe(false);
    expect(resultFor(['not-arrived', 'moving', 'ending'], TRIAGE_TREE)?.deadline.urgent).toBe(true);
    expect(resultFor(['not-arrived', 'lost', 'over'], TRIAGE_TREE)?.deadline.urgent).toBe(true);
    expect(resultFor(['money', 'unknown-charge'], TRIAGE_TREE)?.deadline.urgent).toBe(true);
  });

  it('stops at the last valid step for an unknown key, and flags it', () => {
    const w = walk(['arrived', 'teleported', 'no'], TRIAGE_TREE);
    expect(w.valid).toBe(false);
    expect(w.keys).toEqual(['arrived']);
    expect(w.node.kind === 'question' && w.node.id).toBe('arrived-wrong');
    expect(resultFor(['arrived', 'teleported'], TRIAGE_TREE)).toBeNull();
  });

  it('does not go past a result', () => {
    const w = walk(['money', 'refund', 'extra'], TRIAGE_TREE);
    expect(w.valid).toBe(false);
    expect(w.node.kind).toBe('result');
    expect(resultFor(['money', 'refund', 'extra'], TRIAGE_TREE)).toBeNull();
  });
});

describe('the tree itself', () => {
  const leaves = allLeaves(TRIAGE_TREE);

  it('reaches every one of the 11 problem guides', () => {
    const guides = new Set(leaves.map((l) => l.result.guide));
    for (const id of PROBLEM_GUIDES) expect(guides, id).toContain(id);
  });

  it('gives every leaf one guide, one checklist, one tool and a deadline hint', () => {
    expect(leaves.length).toBeGreaterThanOrEqual(11);
    for (const { keys, result } of leaves) {
      const where = keys.join('.');
      expect(result.guide, where).toMatch(/^(problems|contact|prepare|disputes|escalation)\/[a-z0-9-]+$/);
      expect(result.checklist, where).toMatch(/^[a-z0-9-]+$/);
      expect(result.tool.href, where).toMatch(/^\/tools\/(deadline|message|triage)\/(\?[a-z=]+)?$/);
      expect(result.tool.label.length, where).toBeGreaterThan(5);
      expect(result.deadline.text.length, where).toBeGreaterThan(20);
      expect(result.deadline.link.href, where).toMatch(/^\/[a-z0-9/-]*\/(\?[a-z=]+)?$/);
      expect(result.title.length, where).toBeGreaterThan(5);
      expect(result.action.length, where).toBeGreaterThan(20);
      expect(resultFor(keys, TRIAGE_TREE), where).toBe(result);
    }
  });

  it('uses unique, URL-safe keys per question and at least two options each', () => {
    const visit = (node: TriageNode) => {
      if (node.kind === 'result') return;
      expect(node.options.length).toBeGreaterThanOrEqual(2);
      const keys = node.options.map((o) => o.key);
      expect(new Set(keys).size).toBe(keys.length);
      keys.forEach((k) => expect(k).toMatch(/^[a-z0-9-]+$/));
      node.options.forEach((o) => visit(o.next));
    };
    visit(TRIAGE_TREE);
  });

  it('keeps every path short: a few questions at most', () => {
    for (const { keys } of leaves) expect(keys.length).toBeLessThanOrEqual(4);
  });

  it('writes Russian with «ёлочки», not straight quotes', () => {
    const text = JSON.stringify(TRIAGE_TREE);
    expect(text).not.toMatch(/\\"/);
    expect(text).not.toMatch(/ - /);
    // An em dash is bound to the word before it with a non-breaking space.
    expect(text).not.toMatch(/[\p{L}\d,.»)] —/u);
  });

  it('lists more guides without repeating the main one', () => {
    for (const { result } of leaves) expect(result.more ?? []).not.toContain(result.guide);
    expect(guidesInTree(TRIAGE_TREE).length).toBeGreaterThan(11);
  });
});

describe('home tiles', () => {
  it('each tile starts the triage at a valid step whose answers can reach the tile’s own guide', () => {
    for (const tile of problemTiles) {
      const w = walk(tile.triage, TRIAGE_TREE);
      expect(w.valid, tile.guide).toBe(true);
      expect(w.keys, tile.guide).toEqual(tile.triage);
      const reachable = allLeaves(w.node).map((l) => l.result.guide);
      expect(reachable, tile.guide).toContain(tile.guide);
    }
  });
});
