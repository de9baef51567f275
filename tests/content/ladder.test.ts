import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadContent } from './load-content.ts';
import { validate } from '../../src/content/validate.ts';
import { ladderSchema, type Ladder } from '../../src/content/schemas.ts';

/**
 * One ladder source: content/ladder.yaml is the only place that orders the escalation steps. The ladder page
 * renders it, other pages may name steps but never in a different order, every link into the ladder names a real
 * step, and every «Если не помогло» section climbs it.
 */
const LADDER_FILE = 'content/ladder.yaml';
const raw = parseYaml(readFileSync(LADDER_FILE, 'utf8')) as unknown;
const parsed = ladderSchema.safeParse(raw);
const ladder = (parsed.success ? parsed.data : { steps: [], urgentDays: 0, labels: {} }) as Ladder;
const content = loadContent('content');
const rank = new Map(ladder.steps.map((s, i) => [s.id, i]));
const isParallel = new Map(ladder.steps.map((s) => [s.id, s.parallel]));

/** Guides that explain a step: its own guide and the `more` list. */
const stepByGuide = new Map<string, string>();
for (const s of ladder.steps) for (const g of [s.guide, ...s.more]) if (!stepByGuide.has(g)) stepByGuide.set(g, s.id);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The earliest step name in a text (the longest name wins a tie), or null. */
function firstStepName(text: string): string | null {
  const lower = text.toLowerCase();
  let best: { at: number; len: number; id: string } | null = null;
  for (const s of ladder.steps) {
    for (const name of s.names) {
      // A name starts a word: «суд» must not match inside «посуда».
      const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
      const m = re.exec(lower);
      if (m && (!best || m.index < best.at || (m.index === best.at && name.length > best.len))) {
        best = { at: m.index, len: name.length, id: s.id };
      }
    }
  }
  return best?.id ?? null;
}

/**
 * The step a list item is about: the step named in its bold lead; else the step its link goes to (an anchor in
 * the ladder or a step's guide); else, for a short item (a table cell, a checklist line), the step it names.
 * Long items without a lead or a link are about something else (evidence lists name «продавец» and «банк» as
 * documents, not as steps), so they are skipped.
 */
function stepOf(item: string, maxWords = 8): string | null {
  const lead = /^\s*\*\*(.+?)\*\*/.exec(item)?.[1];
  if (lead) return firstStepName(lead);
  const anchor = /\/escalation\/ladder\/#([a-z0-9-]+)/.exec(item)?.[1];
  if (anchor && rank.has(anchor)) return anchor;
  for (const m of item.matchAll(/\]\(\/([a-z]+\/[a-z0-9-]+)\/\)/g)) {
    const step = stepByGuide.get(m[1]!);
    if (step) return step;
  }
  return words(item) <= maxWords ? firstStepName(item) : null;
}

/**
 * A list breaks the ladder when a step comes after a later, non-parallel step. Parallel steps (chat, hotline, bank)
 * may be named early — the ladder says they run alongside — but never after a step that ranks above them.
 */
function orderProblem(items: string[], minSteps = 3, maxWords = 8): string | null {
  const seq: string[] = [];
  for (const item of items) {
    const step = stepOf(item, maxWords);
    if (step && seq.at(-1) !== step) seq.push(step);
  }
  if (new Set(seq).size < minSteps) return null;
  for (let i = 0; i < seq.length; i++) {
    for (let j = i + 1; j < seq.length; j++) {
      const a = seq[i]!;
      const b = seq[j]!;
      if (rank.get(a)! > rank.get(b)! && !isParallel.get(a)) return `«${a}» comes before «${b}» (order: ${seq.join(' → ')})`;
    }
  }
  return null;
}

/** Ordered and bulleted lists (blank lines inside <Steps> allowed) and table rows by their first cell. */
function listsIn(body: string): string[][] {
  const lists: string[][] = [];
  const lines = body.split('\n');
  let list: string[] = [];
  let kind: 'ol' | 'ul' | 'table' | null = null;
  const flush = () => {
    if (list.length >= 2) lists.push(list);
    list = [];
    kind = null;
  };
  for (const line of lines) {
    const ol = /^\s*\d+\.\s+(.*)$/.exec(line);
    const ul = /^\s*[-*]\s+(.*)$/.exec(line);
    const row = /^\s*\|(.*)\|\s*$/.exec(line);
    const k = ol ? 'ol' : ul ? 'ul' : row ? 'table' : null;
    if (k) {
      if (kind && kind !== k) flush();
      kind = k;
      if (row) {
        const first = row[1]!.split('|')[0]!.trim();
        if (!/^[-:\s]*$/.test(first)) list.push(first);
      } else list.push((ol ?? ul)![1]!);
    } else if (line.trim() === '' || /^\s*<\/?Steps>\s*$/.test(line)) {
      continue;
    } else if (/^\s{2,}\S/.test(line) && list.length) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else flush();
  }
  flush();
  return lists;
}

/**
 * Prose enumerations such as «продавец, спор, эскалация спора, претензия и суд»: the parts of one sentence. Prose
 * names steps in passing all the time, so only short parts count and it takes four different steps to be a list.
 */
function enumerationsIn(text: string): string[][] {
  return text
    .split(/(?<=[.!?])\s+|\n/)
    .map((sentence) => sentence.split(/,|;|:|\s—\s|\sи\s|\sили\s|\sпотом\s|\sзатем\s|\sдальше\s/))
    .filter((parts) => parts.length >= 4);
}
const enumerationProblem = (parts: string[]) => orderProblem(parts, 4, 4);

const everyText = [
  ...content.guides.map((g) => ({ file: g.file, id: g.id, text: g.body, meta: [g.data.summary, g.data.description] })),
  ...content.faq.map((f) => ({ file: f.file, id: `faq/${f.id}`, text: f.body, meta: [f.data.question] })),
  ...content.pages.map((p) => ({ file: p.file, id: p.id, text: p.body, meta: [] as unknown[] })),
];

describe('the ladder data', () => {
  it('content/ladder.yaml validates, with urgentDays 7', () => {
    expect(validate(ladderSchema, LADDER_FILE, raw).join('\n')).toBe('');
    expect(ladder.urgentDays).toBe(7);
  });

  it('has the steps the site agreed on, in this order', () => {
    expect(ladder.steps.map((s) => s.id)).toEqual([
      'seller',
      'dispute',
      'platform',
      'support',
      'social',
      'claim',
      'rospotrebnadzor',
      'society',
      'bank',
      'court',
    ]);
  });

  it('a wrong field is reported with its path', () => {
    const broken = structuredClone(raw) as { steps: { guide: string; parallel?: unknown }[] };
    broken.steps[2]!.guide = 'Not A Guide';
    delete broken.steps[4]!.parallel;
    const errors = validate(ladderSchema, LADDER_FILE, broken).join('\n');
    expect(errors).toMatch(/content\/ladder\.yaml: steps\.2\.guide/);
    expect(errors).toMatch(/content\/ladder\.yaml: steps\.4\.parallel/);
  });
});

describe('one ladder source', () => {
  it('the ladder page renders the ladder from the data and keeps no table of its own', () => {
    const page = content.guides.find((g) => g.id === 'escalation/ladder')!;
    expect(page.body).toMatch(/<Ladder\s*\/>/);
    expect(page.body, `${page.file}: a Markdown table would be a second ladder`).not.toMatch(/^\s*\|.*\|\s*$/m);
  });

  it('the order detector catches a list in the wrong order and accepts the right one', () => {
    expect(orderProblem(['**Претензия.** Напишите', '**Спор.** Откройте спор', '**Суд.** Иск'])).toMatch(/claim/);
    expect(orderProblem(['Переписка с продавцом и ответы поддержки в чате заказа за весь период', 'Выписка из банка о списании денег за этот заказ', 'Копия претензии'])).toBeNull();
    expect(orderProblem(['Напишите продавцу', 'Откройте спор', 'Отправьте претензию', 'Подайте иск в суд'])).toBeNull();
    // The hotline and the bank run alongside: named early they are fine, named after the court they are not.
    expect(orderProblem(['Позвоните в Роспотребнадзор', 'Отправьте претензию', 'Подайте иск в суд'])).toBeNull();
    expect(orderProblem(['Отправьте претензию', 'Подайте иск в суд', 'Обратитесь в банк'])).toMatch(/court/);
    expect(enumerationsIn('Идите так: продавец, спор, суд и банк.').some((l) => enumerationProblem(l))).toBe(true);
    expect(enumerationsIn('Идите так: продавец, спор, претензия, банк и суд.').some((l) => enumerationProblem(l))).toBe(false);
  });

  it('no page, FAQ or checklist lists the steps in a different order', () => {
    const problems: string[] = [];
    for (const d of everyText) {
      for (const text of [d.text, ...d.meta.map(String)]) {
        for (const list of listsIn(text)) {
          const p = orderProblem(list);
          if (p) problems.push(`${d.file}: list: ${p}: ${list.join(' / ').slice(0, 160)}`);
        }
        for (const parts of enumerationsIn(text)) {
          const p = enumerationProblem(parts);
          if (p) problems.push(`${d.file}: sentence: ${p}: ${parts.join(',').slice(0, 160)}`);
        }
      }
    }
    for (const c of content.checklists) {
      const items = ((c.data.groups as { items: { text: string; link?: string }[] }[]) ?? []).flatMap((g) =>
        g.items.map((i) => (i.link?.startsWith('/escalation/ladder/#') ? `](${i.link})` : i.text)),
      );
      const p = orderProblem(items);
      if (p) problems.push(`${c.file}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('every «Если не помогло» climbs the ladder: a link into it or to a step’s guide', () => {
    const bad = content.guides.flatMap((g) => {
      const section = g.body.split(/^## Если не помогло\s*$/m)[1];
      if (section === undefined) return [`${g.file}: no «Если не помогло» section`];
      const links = [...section.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
      const climbs = links.some(
        (l) => l.startsWith('/escalation/ladder/') || stepByGuide.has(l.replace(/^\/|\/(?:#.*)?$/g, '')),
      );
      return climbs ? [] : [`${g.file}: «Если не помогло» links neither into /escalation/ladder/ nor to a step’s guide`];
    });
    expect(bad).toEqual([]);
  });

  it('every escalation FAQ answer points into the ladder or to a step’s guide', () => {
    const bad = content.faq
      .filter((f) => f.data.section === 'escalation')
      .filter((f) => {
        const links = [...f.body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
        return !links.some((l) => l.startsWith('/escalation/ladder/') || stepByGuide.has(l.replace(/^\/|\/(?:#.*)?$/g, '')));
      })
      .map((f) => f.file);
    expect(bad).toEqual([]);
  });
});
