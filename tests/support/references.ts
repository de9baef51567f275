/**
 * The one reference check over content/: every cross-reference an editor can write is resolved here, and every
 * problem is reported at once with its file and field. Astro 5's reference() does not check that the target exists,
 * so this check is ours (tests/content/references.test.ts runs it over content/ and over a broken fixture).
 *
 * What it resolves:
 * - guide ids: guides' `related`, FAQ `related`, glossary `see`, triage results' `guide`/`more`, home tiles'
 *   `guide`, ladder steps' `guide`/`more`;
 * - checklist ids: guides' `checklists`, `<Checklist id>` in guide bodies, triage results' `checklist`;
 * - glossary ids: `<Term id>` in guide bodies;
 * - triage node ids: `root`, answers' `next`; triage named links and deadline hints: results' `tool`/`deadline`,
 *   deadline hints' `link`; home tiles' `triage` answer paths (each key an answer of the node reached, and a result
 *   below it opening the tile's guide);
 * - site paths: Markdown links `](/…)` and `href="/…"` in every body and every YAML string, and every YAML field
 *   named href, link or guideHref — the path must be a page, its #anchor one the page has (glossary terms, FAQ
 *   questions and sections, ladder steps) and `/tools/message/?template=<id>` a letter in content/tools/messages/.
 * Reads files only (no build); the schemas check the shape of each field at build time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SECTION_IDS } from '../../src/lib/sections.ts';
import { TOOL_IDS } from '../../src/lib/tools.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

type Data = Record<string, unknown>;
interface Doc {
  file: string;
  id: string;
  data: Data;
  body: string;
}
interface YamlFile {
  file: string;
  data: unknown;
}

export interface ContentSet {
  guides: Doc[];
  faq: Doc[];
  checklists: Doc[];
  /** content/*.md (about, facts, offline) and content/tools/*.md (tool notes). */
  pages: Doc[];
  glossary: YamlFile | null;
  triage: YamlFile | null;
  home: YamlFile | null;
  ladder: YamlFile | null;
  ui: YamlFile | null;
  messages: Doc[];
}

/** Fixed routes that are not generated from content. */
export const STATIC_ROUTES = [
  '/',
  '/faq/',
  '/checklists/',
  '/glossary/',
  '/about/',
  '/about/facts/',
  '/offline/',
  '/search/',
  ...TOOL_IDS.map((id) => `/tools/${id}/`),
  '/updates/',
  ...SECTION_IDS.map((s) => `/${s}/`),
];

/** Splits `---\nyaml\n---\nbody`; a file without frontmatter has empty data. */
export function splitFrontmatter(text: string): { data: Data; body: string } {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!m) return { data: {}, body: text };
  return { data: (parseYaml(m[1]!) ?? {}) as Data, body: m[2]! };
}

/** Loads every file that can hold a reference, as text and plain data (no schema: a broken field is still read). */
export function loadContentSet(root = 'content'): ContentSet {
  const rel = (f: string) => path.relative(process.cwd(), path.join(root, f)).split(path.sep).join('/');
  const list = (dir: string, pattern: RegExp, recursive = true): string[] =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir), { recursive, encoding: 'utf8' })
          .map((f) => f.split(path.sep).join('/'))
          .filter((f) => pattern.test(f))
          .sort()
      : [];
  const markdown = (dir: string, f: string, ext: RegExp): Doc => ({
    file: rel(path.posix.join(dir, f)),
    id: f.replace(ext, ''),
    ...splitFrontmatter(readFileSync(path.join(root, dir, f), 'utf8')),
  });
  const yamlDoc = (dir: string, f: string): Doc => ({
    file: rel(path.posix.join(dir, f)),
    id: f.replace(/\.yaml$/, ''),
    data: (parseYaml(readFileSync(path.join(root, dir, f), 'utf8')) ?? {}) as Data,
    body: '',
  });
  const yamlFile = (f: string): YamlFile | null =>
    existsSync(path.join(root, f)) ? { file: rel(f), data: parseYaml(readFileSync(path.join(root, f), 'utf8')) } : null;
  return {
    guides: list('guides', /\.mdx$/).map((f) => markdown('guides', f, /\.mdx$/)),
    faq: list('faq', /\.mdx?$/).map((f) => markdown('faq', f, /\.mdx?$/)),
    checklists: list('checklists', /\.yaml$/).map((f) => yamlDoc('checklists', f)),
    pages: [
      ...list('.', /^[^/]+\.md$/, false).map((f) => markdown('.', f, /\.md$/)),
      ...list('tools', /^[^/]+\.md$/, false).map((f) => markdown('tools', f, /\.md$/)),
    ],
    glossary: yamlFile('glossary.yaml'),
    triage: yamlFile('tools/triage.yaml'),
    home: yamlFile('home.yaml'),
    ladder: yamlFile('ladder.yaml'),
    ui: yamlFile('ui/ru.yaml'),
    messages: list('tools/messages', /^[^/]+\.yaml$/, false).map((f) => yamlDoc('tools/messages', f)),
  };
}

/** Internal link targets in Markdown/MDX: `](/path/)` and `href="/path/"`. */
export function internalLinks(text: string): string[] {
  const found = [...text.matchAll(/\]\((\/[^)\s]*)\)/g), ...text.matchAll(/href=["'](\/[^"']*)["']/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(found)];
}

function embeddedIds(body: string, component: 'Checklist' | 'Term'): string[] {
  return [...body.matchAll(new RegExp(`<${component}\\s+id=["']([^"']+)["']`, 'g'))].map((m) => m[1]!);
}

const LINK_FIELDS = new Set(['href', 'link', 'guideHref']);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): Data[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Every string of a YAML value with its field path; array items are named by their `id` when they have one. */
function walk(value: unknown, at: string, out: { field: string; key: string; value: string }[] = [], key = '') {
  const join = (part: string | number) => (at ? `${at}.${part}` : String(part));
  if (typeof value === 'string') out.push({ field: at, key, value });
  else if (Array.isArray(value))
    value.forEach((v, i) => walk(v, join(isObject(v) && typeof v.id === 'string' ? v.id : i), out, key));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, join(k), out, k);
  return out;
}

export function checkReferences(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const guideIds = new Set(set.guides.map((g) => g.id));
  const checklistIds = new Set(set.checklists.map((c) => c.id));
  const glossary = asArray(set.glossary?.data);
  const termIds = new Set(glossary.map((t) => String(t.id)));
  const steps = asArray(isObject(set.ladder?.data) ? set.ladder.data.steps : undefined);
  const messageIds = new Set(set.messages.map((m) => m.id));
  const routes = new Set([
    ...STATIC_ROUTES,
    ...set.guides.map((g) => `/${g.id}/`),
    ...set.faq.map((f) => `/faq/${f.id}/`),
    ...set.checklists.map((c) => `/checklists/${c.id}/`),
  ]);
  const anchors = new Map<string, Set<string>>([
    ['/glossary/', termIds],
    ['/faq/', new Set([...set.faq.map((f) => f.id), ...SECTION_IDS])],
    ['/escalation/ladder/', new Set(steps.map((s) => String(s.id)))],
  ]);

  const linkProblem = (link: string): string | null => {
    const [beforeHash, fragment] = link.split('#') as [string, string | undefined];
    const [route, query] = beforeHash.split('?') as [string, string | undefined];
    if (!routes.has(route)) {
      return routes.has(`${route}/`) ? `link ${link} needs a trailing slash` : `link ${link} points to no page`;
    }
    const known = anchors.get(route);
    if (fragment && known && !known.has(decodeURIComponent(fragment)))
      return `link ${link}: no #${fragment} on ${route}`;
    const template = route === '/tools/message/' ? new URLSearchParams(query ?? '').get('template') : null;
    if (template !== null && !messageIds.has(template))
      return `link ${link}: no letter "${template}" in content/tools/messages/`;
    return null;
  };
  const checkLink = (file: string, field: string, link: string) => {
    const message = linkProblem(link);
    if (message) report(file, field, message);
  };
  const bodyLinks = (d: Doc) => internalLinks(d.body).forEach((link) => checkLink(d.file, 'body', link));
  /** Link fields and Markdown links inside every string of a YAML value. */
  const yamlLinks = (file: string, value: unknown, at = '') =>
    walk(value, at).forEach(({ field, key, value: s }) => {
      if (LINK_FIELDS.has(key) && s.startsWith('/')) checkLink(file, field, s);
      internalLinks(s).forEach((link) => checkLink(file, field, link));
    });
  const guideRefs = (file: string, field: string, ids: string[]) =>
    ids.filter((id) => !guideIds.has(id)).forEach((id) => report(file, field, `no guide "${id}"`));
  const checklistRefs = (file: string, field: string, ids: string[]) =>
    ids.filter((id) => !checklistIds.has(id)).forEach((id) => report(file, field, `no checklist "${id}"`));

  for (const g of set.guides) {
    guideRefs(g.file, 'related', strings(g.data.related));
    if (strings(g.data.related).includes(g.id)) report(g.file, 'related', 'a guide cannot be related to itself');
    checklistRefs(g.file, 'checklists', strings(g.data.checklists));
    checklistRefs(g.file, '<Checklist id>', embeddedIds(g.body, 'Checklist'));
    embeddedIds(g.body, 'Term')
      .filter((id) => !termIds.has(id))
      .forEach((id) => report(g.file, '<Term id>', `no glossary term "${id}"`));
    bodyLinks(g);
    yamlLinks(g.file, g.data);
  }
  for (const f of set.faq) {
    guideRefs(f.file, 'related', strings(f.data.related));
    bodyLinks(f);
    yamlLinks(f.file, f.data);
  }
  for (const c of set.checklists) yamlLinks(c.file, c.data);
  for (const p of set.pages) {
    bodyLinks(p);
    yamlLinks(p.file, p.data);
  }
  if (set.glossary) {
    for (const t of glossary) guideRefs(set.glossary.file, `${String(t.id)}.see`, strings(t.see));
    yamlLinks(set.glossary.file, set.glossary.data);
  }
  if (set.ladder) {
    steps.forEach((s, i) => {
      guideRefs(set.ladder!.file, `steps.${i}.guide`, strings([s.guide]));
      guideRefs(set.ladder!.file, `steps.${i}.more`, strings(s.more));
    });
    yamlLinks(set.ladder.file, set.ladder.data);
  }
  for (const m of set.messages) yamlLinks(m.file, m.data);
  if (set.ui) yamlLinks(set.ui.file, set.ui.data);
  const tree = set.triage && isObject(set.triage.data) ? set.triage.data : null;
  const nodes = new Map(asArray(tree?.nodes).map((n) => [String(n.id), n]));
  if (set.triage && tree) {
    const file = set.triage.file;
    const links = isObject(tree.links) ? tree.links : {};
    const deadlines = isObject(tree.deadlines) ? tree.deadlines : {};
    if (!nodes.has(String(tree.root))) report(file, 'root', `no node "${String(tree.root)}"`);
    for (const [id, hint] of Object.entries(deadlines)) {
      const link = isObject(hint) ? String(hint.link) : '';
      if (!(link in links)) report(file, `deadlines.${id}.link`, `no link "${link}" in links`);
    }
    for (const [id, node] of nodes) {
      const at = `nodes.${id}`;
      if (Array.isArray(node.answers)) {
        for (const a of asArray(node.answers)) {
          if (!nodes.has(String(a.next)))
            report(file, `${at}.answers.${String(a.key)}.next`, `no node "${String(a.next)}"`);
        }
      } else {
        guideRefs(file, `${at}.guide`, strings([node.guide]));
        guideRefs(file, `${at}.more`, strings(node.more));
        checklistRefs(file, `${at}.checklist`, strings([node.checklist]));
        if (!(String(node.tool) in links)) report(file, `${at}.tool`, `no link "${String(node.tool)}" in links`);
        if (!(String(node.deadline) in deadlines))
          report(file, `${at}.deadline`, `no deadline hint "${String(node.deadline)}" in deadlines`);
      }
    }
    yamlLinks(file, tree.links, 'links');
    yamlLinks(file, { nodes: tree.nodes, deadlines: tree.deadlines });
  }
  if (set.home) {
    const file = set.home.file;
    const problemsBlock = isObject(set.home.data) && isObject(set.home.data.problems) ? set.home.data.problems : {};
    asArray(problemsBlock.tiles).forEach((tile, i) => {
      guideRefs(file, `problems.tiles.${i}.guide`, strings([tile.guide]));
      const message = tree ? triagePathProblem(tree, nodes, String(tile.triage), String(tile.guide)) : null;
      if (message) report(file, `problems.tiles.${i}.triage`, message);
    });
    yamlLinks(file, set.home.data);
  }
  return problems;
}

/** Follows a home tile's answer path (`not-arrived.moving`) from the root; null when it leads to the tile's guide. */
function triagePathProblem(tree: Data, nodes: Map<string, Data>, triage: string, guide: string): string | null {
  let node = nodes.get(String(tree.root));
  for (const key of triage.split('.')) {
    const answer = asArray(node?.answers).find((a) => a.key === key);
    if (!answer) return `answer "${key}" of "${triage}" is not an answer of triage node "${String(node?.id)}"`;
    node = nodes.get(String(answer.next));
  }
  const guides = new Set<string>();
  const seen = new Set<Data>();
  const collect = (n: Data | undefined) => {
    if (!n || seen.has(n)) return;
    seen.add(n);
    if (Array.isArray(n.answers)) asArray(n.answers).forEach((a) => collect(nodes.get(String(a.next))));
    else guides.add(String(n.guide));
  };
  collect(node);
  return guides.has(guide) ? null : `no triage result after "${triage}" opens the tile's guide "${guide}"`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
