/**
 * Facts as data (issue 18): every number and rule the site states lives once in content/facts.yaml with its
 * status, the wording the site must use, its sources and the day it was checked. Everything else refers to it:
 *
 * - MDX bodies: `<Fact id="dispute-after-confirm" />` (replaced at compile time by src/integrations/remark-facts.ts);
 * - Markdown bodies, frontmatter strings and YAML strings: the token `{fact:dispute-after-confirm}` (remark plugin
 *   for .md, the Zod text transform in src/content/schemas.ts for every YAML/frontmatter string);
 * - code: `fact('dispute-after-confirm').value` (a number for numeric facts).
 * Both spellings go through factText() below, so a fact reads the same wherever it appears.
 * `{value:id}` / `<Fact id="…" bare />` give the value and unit without the hedge (for tables, headings).
 * Illustrative numbers that are not facts (a sample order, a shoe size) are wrapped as `{example:…}` in YAML and
 * Markdown, `<Example>…</Example>` in MDX: the stray-number test lets them through and the reader sees the words.
 *
 * Node only (reads the file synchronously, so Zod transforms can use it); browser code gets values from the page.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { contentRoot } from './content-root.ts';
import { pluralForm } from './i18n.ts';

const FACT_STATUSES = ['confirmed', 'single', 'conflicting', 'varies', 'rule'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-01');
const slug = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'Latin letters, digits and hyphens, starting with a letter');

const sourceSchema = z
  .object({
    title: z.string().trim().min(1),
    /** Only an address the fact sheet's source list gives. */
    url: z.string().url().optional(),
    /** The document's date or edition where known, as written («01.06.2023», «март 2026»). */
    date: z.string().trim().min(1).optional(),
  })
  .strict();

export const factSchema = z
  .object({
    id: slug,
    topic: slug,
    /** A number, a range [from, to], or words («ст. 18», «8-800-555-49-43»). */
    value: z.union([z.number(), z.tuple([z.number(), z.number()]), z.string().trim().min(1)]),
    /** A unit without plural («₽», «%»), or Russian plural forms [one, few, many] («день», «дня», «дней»). */
    unit: z.union([z.string().min(1), z.tuple([z.string(), z.string(), z.string()])]).optional(),
    statement: z.string().trim().min(1),
    status: z.enum(FACT_STATUSES),
    /** How the site must write it, with `{value}` where the value goes («около {value}»). Absent: the bare value. */
    hedge: z
      .string()
      .trim()
      .refine((h) => h.includes('{value}'), 'the hedge needs a {value} placeholder')
      .optional(),
    sources: z.array(sourceSchema, { required_error: 'the fact has no source' }).min(1, 'the fact has no source'),
    checked: isoDay,
    reviewBy: isoDay.optional(),
  })
  .strict();

export type Fact = z.infer<typeof factSchema>;

const topicSchema = z.object({ id: slug, title: z.string().trim().min(1) }).strict();
const factsFileSchema = z.object({ topics: z.array(topicSchema).min(1), facts: z.array(z.unknown()).min(1) }).strict();

export interface FactBook {
  file: string;
  topics: { id: string; title: string }[];
  facts: Fact[];
  byId: Map<string, Fact>;
  digest: string;
}

/** Reads and validates a facts file; any problem throws one message listing every fact and field at fault. */
export function loadFacts(file: string): FactBook {
  const text = readFileSync(file, 'utf8');
  const rel = path.relative(process.cwd(), file).split(path.sep).join('/');
  const problems: string[] = [];
  const top = factsFileSchema.safeParse(parseYaml(text));
  if (!top.success) {
    throw new Error(top.error.issues.map((i) => `${rel}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  }
  const topics = top.data.topics;
  const facts: Fact[] = [];
  const byId = new Map<string, Fact>();
  top.data.facts.forEach((raw, i) => {
    const name = (raw as { id?: unknown })?.id;
    const label = typeof name === 'string' ? `fact «${name}»` : `facts.${i}`;
    const parsed = factSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || '(root)';
        const message = issue.code === 'invalid_type' && issue.received === 'undefined' ? 'required' : issue.message;
        problems.push(`${rel}: ${label}: ${field}: ${message}`);
      }
      return;
    }
    const fact = parsed.data;
    if (fact.reviewBy && fact.reviewBy <= fact.checked) {
      problems.push(`${rel}: ${label}: reviewBy: must be later than checked (${fact.checked})`);
    }
    if (byId.has(fact.id)) problems.push(`${rel}: ${label}: id: declared twice`);
    if (!topics.some((t) => t.id === fact.topic))
      problems.push(`${rel}: ${label}: topic: no topic «${fact.topic}» in topics`);
    if (typeof fact.value === 'number' || Array.isArray(fact.value)) {
      if (!fact.unit) problems.push(`${rel}: ${label}: unit: a number needs a unit`);
    }
    facts.push(fact);
    byId.set(fact.id, fact);
  });
  for (const f of facts) {
    for (const m of f.statement.matchAll(FACT_TOKEN)) {
      if (!byId.has(m[2]!)) problems.push(`${rel}: fact «${f.id}»: statement: no fact «${m[2]}»`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { file: rel, topics, facts, byId, digest };
}

let book: FactBook | undefined;
let bookRoot: string | undefined;

/** The site's facts, from `<content root>/facts.yaml` (CONTENT_ROOT honoured), read once per process. */
export function facts(): FactBook {
  const root = contentRoot(process.env.CONTENT_ROOT);
  if (!book || bookRoot !== root) {
    book = loadFacts(path.resolve(root, 'facts.yaml'));
    bookRoot = root;
  }
  return book;
}

/** One fact; an unknown id throws naming it (code should fail loudly, not print «undefined»). */
export function fact(id: string): Fact {
  const found = facts().byId.get(id);
  if (!found) throw new Error(`${facts().file}: no fact «${id}»`);
  return found;
}

/** A fact's numeric value (the upper end of a range); throws for a fact stated in words. */
export function factNumber(id: string): number {
  const { value } = fact(id);
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value[1];
  throw new Error(`${facts().file}: fact «${id}» is not a number`);
}

function formatNumber(n: number): string {
  // 100000 → «100 000» (non-breaking), 0.5 → «0,5».
  const [int, frac] = String(n).split('.');
  const grouped = int!.length > 4 ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int!;
  return frac ? `${grouped},${frac}` : grouped;
}

/** The value with its unit, no hedge: «15 дней», «7–15 рабочих дней», «100 000 ₽», «0,5 %», «ст. 18». */
export function factValueText(f: Fact): string {
  if (typeof f.value === 'string') return f.value;
  const numbers = Array.isArray(f.value) ? f.value : [f.value];
  const last = numbers[numbers.length - 1]!;
  const shown = numbers.map(formatNumber).join('–');
  if (!f.unit) return shown;
  const unit = typeof f.unit === 'string' ? f.unit : pluralForm(last, f.unit);
  return unit.startsWith('-') ? `${shown}${unit}` : `${shown}\u00a0${unit}`;
}

/** The fact as the site writes it: its hedge with the value in place («около 15 дней»), or the bare value. */
export function factText(f: Fact, bare = false): string {
  const value = factValueText(f);
  return !bare && f.hedge ? f.hedge.replace('{value}', value) : value;
}

/** The one-line statement with its value (and any other fact it names) filled in. */
export function factStatement(f: Fact): string {
  return applyFacts(f.statement.replace('{value}', factValueText(f)), (id) => {
    throw new Error(`${facts().file}: fact «${f.id}»: statement: no fact «${id}»`);
  });
}

/** `{fact:id}` (with the hedge), `{value:id}` (bare) and `{example:words}` tokens. */
const FACT_TOKEN = /\{(fact|value):([a-z0-9-]+)\}/g;
const EXAMPLE_TOKEN = /\{example:([^{}]*)\}/g;

/**
 * Replaces every token in a string. Unknown ids are reported through `onUnknown` (the caller names the file and the
 * field) and left in place, so one run reports them all.
 */
export function applyFacts(text: string, onUnknown: (id: string) => void): string {
  if (!text.includes('{')) return text;
  return text
    .replace(FACT_TOKEN, (all, kind: string, id: string) => {
      const f = facts().byId.get(id);
      if (!f) {
        onUnknown(id);
        return all;
      }
      return factText(f, kind === 'value');
    })
    .replace(EXAMPLE_TOKEN, (_all, words: string) => words);
}

/** Fact ids a piece of source text uses, in both spellings (`{fact:id}` and `<Fact id="id" />`). */
export function factIdsIn(source: string): string[] {
  const ids = [
    ...[...source.matchAll(FACT_TOKEN)].map((m) => m[2]!),
    ...[...source.matchAll(/<Fact\s+[^>]*?\bid=["']([^"']+)["'][^>]*\/?>/g)].map((m) => m[1]!),
  ];
  return [...new Set(ids)];
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** Facts whose `reviewBy` is before `today` (ISO day). */
export function overdueFacts(today: string, book: FactBook = facts()): Fact[] {
  return book.facts.filter((f) => f.reviewBy && f.reviewBy < today);
}

/** A fact is stale when it was checked more than a year before `today`. */
export function isStale(f: Fact, today: string): boolean {
  return daysBetween(f.checked, today) > 365;
}

/** What a browser script needs of some facts, for a JSON `data-facts` attribute: numbers and the words to print. */
export function factsForBrowser(
  ids: readonly string[],
): Record<string, { value: Fact['value']; text: string; bare: string }> {
  return Object.fromEntries(
    ids.map((id) => [id, { value: fact(id).value, text: factText(fact(id)), bare: factText(fact(id), true) }]),
  );
}
