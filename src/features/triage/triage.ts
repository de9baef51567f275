/**
 * «Что случилось?»: the decision tree and pure functions over it.
 *
 * An answer path is the list of option keys from the root, written in the URL as `?a=arrived.damaged.no`.
 * The same tree renders the no-JavaScript view (nested lists of links) on the server and drives the step-by-step
 * custom element in the browser. Every leaf names one guide, one checklist and one tool; a build test walks every
 * path and proves each of them is an existing page.
 */
import { fill, type Params } from '../../lib/i18n.ts';

export interface Link {
  href: string;
  label: string;
}

export interface TriageOption {
  /** Stable, URL-safe: [a-z0-9-]. Changing one breaks shared links. */
  key: string;
  label: string;
  next: TriageNode;
}

export interface TriageQuestion {
  kind: 'question';
  id: string;
  text: string;
  hint?: string;
  options: TriageOption[];
}

export interface DeadlineHint {
  text: string;
  /** Act today: shown as a strong warning, in words. */
  urgent: boolean;
  link: Link;
}

export interface TriageResult {
  kind: 'result';
  title: string;
  /** What to do now, in one or two sentences. */
  action: string;
  /** The link that performs the first action: shown right under it, before everything else. */
  first: Link;
  /** The one guide that fits: a guide id `<section>/<slug>`. */
  guide: string;
  /** A checklist id from content/checklists/. */
  checklist: string;
  tool: Link;
  deadline: DeadlineHint;
  /** More guides worth reading, by id. */
  more?: string[];
}

export type TriageNode = TriageQuestion | TriageResult;

/** The flat nodes of content/tools/triage.yaml (already validated: every target exists, every node is reached). */
export interface TriageData {
  root: string;
  links: Record<string, Link>;
  deadlines: Record<string, { text: string; urgent: boolean; link: string }>;
  nodes: Array<
    | { id: string; question: string; hint?: string; answers: Array<{ key: string; label: string; next: string }> }
    | {
        id: string;
        result: string;
        action: string;
        first?: string;
        guide: string;
        checklist: string;
        tool: string;
        deadline: string;
        more?: string[];
      }
  >;
}

/** The flat nodes as the tree the functions below walk. A node reached by two answers is one shared object. */
export function buildTree(data: TriageData): TriageQuestion {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const built = new Map<string, TriageNode>();
  const missing = (what: string) => {
    throw new Error(`content/tools/triage.yaml: ${what}`);
  };
  const link = (id: string) => data.links[id] ?? missing(`links: no link "${id}"`);
  const build = (id: string): TriageNode => {
    const done = built.get(id);
    if (done) return done;
    const n = byId.get(id) ?? missing(`nodes: no node "${id}"`);
    let node: TriageNode;
    if ('answers' in n) {
      node = {
        kind: 'question',
        id: n.id,
        text: n.question,
        ...(n.hint ? { hint: n.hint } : {}),
        options: n.answers.map((a) => ({ key: a.key, label: a.label, next: build(a.next) })),
      };
    } else {
      const hint = data.deadlines[n.deadline] ?? missing(`node "${n.id}": deadline: no hint "${n.deadline}"`);
      node = {
        kind: 'result',
        title: n.result,
        action: n.action,
        first: link(n.first ?? n.tool),
        guide: n.guide,
        checklist: n.checklist,
        tool: link(n.tool),
        deadline: { text: hint.text, urgent: hint.urgent, link: link(hint.link) },
        ...(n.more?.length ? { more: n.more } : {}),
      };
    }
    built.set(id, node);
    return node;
  };
  const root = build(data.root);
  if (root.kind !== 'question') missing(`root: "${data.root}" must be a question`);
  return root as TriageQuestion;
}

export const TRIAGE_PATH = '/tools/triage/';
const KEY = /^[a-z0-9-]+$/;

/** `?a=arrived.damaged` → ['arrived', 'damaged']; anything malformed is dropped from that point on. */
export function decodeAnswers(param: string | null | undefined): string[] {
  if (!param) return [];
  const keys: string[] = [];
  for (const key of param.split('.')) {
    if (!KEY.test(key)) break;
    keys.push(key);
  }
  return keys;
}

export function encodeAnswers(keys: readonly string[]): string {
  return keys.join('.');
}

/** The page for a path: `/tools/triage/` for the start, `/tools/triage/?a=arrived.damaged` for a step. */
export function triageHref(keys: readonly string[]): string {
  return keys.length ? `${TRIAGE_PATH}?a=${encodeAnswers(keys)}` : TRIAGE_PATH;
}

export interface Step {
  question: TriageQuestion;
  option: TriageOption;
}

export interface Walk {
  /** Where the valid part of the path leads. */
  node: TriageNode;
  /** Each question answered on the way and the option chosen. */
  steps: Step[];
  /** The keys that were followed (a prefix of the input). */
  keys: string[];
  /** False when some key did not match an option (or the path went past a result): the rest was ignored. */
  valid: boolean;
}

export function walk(keys: readonly string[], tree: TriageQuestion): Walk {
  let node: TriageNode = tree;
  const steps: Step[] = [];
  const followed: string[] = [];
  for (const key of keys) {
    if (node.kind !== 'question') return { node, steps, keys: followed, valid: false };
    const option: TriageOption | undefined = node.options.find((o) => o.key === key);
    if (!option) return { node, steps, keys: followed, valid: false };
    steps.push({ question: node, option });
    followed.push(key);
    node = option.next;
  }
  return { node, steps, keys: followed, valid: true };
}

/** The question to ask after these answers, or null when they reach a result. */
export function nextQuestion(keys: readonly string[], tree: TriageQuestion): TriageQuestion | null {
  const { node } = walk(keys, tree);
  return node.kind === 'question' ? node : null;
}

/** The result at the end of exactly this path, or null. */
export function resultFor(keys: readonly string[], tree: TriageQuestion): TriageResult | null {
  const w = walk(keys, tree);
  return w.valid && w.node.kind === 'result' ? w.node : null;
}

export interface Leaf {
  keys: string[];
  result: TriageResult;
}

/** Every path from the root to a result, depth first in the order the options are shown. */
export function allLeaves(tree: TriageNode, prefix: string[] = []): Leaf[] {
  if (tree.kind === 'result') return [{ keys: prefix, result: tree }];
  return tree.options.flatMap((o) => allLeaves(o.next, [...prefix, o.key]));
}

/** Every guide a leaf points to (its main guide and the "more" ones), without repeats. */
export function guidesInTree(tree: TriageNode): string[] {
  const ids = new Set<string>();
  for (const { result } of allLeaves(tree)) {
    ids.add(result.guide);
    result.more?.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** `problems/damaged` → `/problems/damaged/` (kept here so the browser bundle does not need sections.ts). */
export function guideHref(id: string): string {
  return `/${id}/`;
}

export function checklistHref(id: string): string {
  return `/checklists/${id}/`;
}

/**
 * Fills `{name}` placeholders (content/ladder.yaml `urgentDays`, with plural forms) in every string of the tree's
 * data; a placeholder with no value throws naming the file.
 */
export function fillTreeData<D>(data: D, params: Params, file = 'content/tools/triage.yaml'): D {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes('{') ? fill(value, params, file) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(data) as D;
}
