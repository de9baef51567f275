/**
 * Which pages state which fact: every file under content/ is scanned for `<Fact id>` and `{fact:…}` / `{value:…}`,
 * and mapped to the page that shows it. Used by the facts page (links to the pages that use each fact), by the
 * guide footer «Откуда эти цифры», by `npm run facts` and by the content test that counts uses.
 * Node only.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from './content-root.ts';
import { factIdsIn } from './facts.ts';

export interface FactUse {
  /** content/… path */
  file: string;
  /** the page that shows it, or null for interface strings shown across the site */
  url: string | null;
  /** how many times the file refers to the fact */
  count: number;
}

/** The page a content file is shown on. */
export function pageOfContentFile(rel: string): string | null {
  let m: RegExpMatchArray | null;
  if ((m = rel.match(/^guides\/([a-z]+)\/([a-z0-9-]+)\.mdx$/))) return `/${m[1]}/${m[2]}/`;
  if ((m = rel.match(/^faq\/([a-z0-9-]+)\.mdx?$/))) return `/faq/${m[1]}/`;
  if ((m = rel.match(/^checklists\/([a-z0-9-]+)\.yaml$/))) return `/checklists/${m[1]}/`;
  if (rel === 'glossary.yaml') return '/glossary/';
  if (rel === 'home.yaml') return '/';
  if (rel === 'ladder.yaml') return '/escalation/ladder/';
  if ((m = rel.match(/^tools\/messages\//))) return '/tools/message/';
  if ((m = rel.match(/^tools\/([a-z]+)\.(?:md|yaml)$/))) return `/tools/${m[1]}/`;
  if ((m = rel.match(/^([a-z0-9-]+)\.md$/))) return m[1] === 'facts' ? '/about/facts/' : `/${m[1]}/`;
  return null;
}

function countIn(source: string, id: string): number {
  const esc = id.replace(/-/g, '\\-');
  const re = new RegExp(String.raw`\{(?:fact|value):${esc}\}|<Fact\s[^>]*\bid=["']${esc}["']`, 'g');
  return source.match(re)?.length ?? 0;
}

/** fact id → the files (and pages) that use it, over every .md/.mdx/.yaml file of the content root. */
export function factUses(root = contentRoot(process.env.CONTENT_ROOT)): Map<string, FactUse[]> {
  const uses = new Map<string, FactUse[]>();
  if (!existsSync(root)) return uses;
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f) && f !== 'facts.yaml')
    .sort();
  for (const rel of files) {
    const source = readFileSync(path.join(root, rel), 'utf8');
    for (const id of factIdsIn(source)) {
      const list = uses.get(id) ?? [];
      list.push({ file: `content/${rel}`, url: pageOfContentFile(rel), count: countIn(source, id) });
      uses.set(id, list);
    }
  }
  return uses;
}

/** The facts one content file uses, in order of first use. */
export function factsInFile(file: string): string[] {
  return existsSync(file) ? factIdsIn(readFileSync(file, 'utf8')) : [];
}
