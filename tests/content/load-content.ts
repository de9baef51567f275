import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../support/references.ts';

export interface RawDoc {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

function list(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

export function loadContent(root = 'content') {
  const rel = (f: string) => path.relative(process.cwd(), path.join(root, f)).split(path.sep).join('/');
  const guides: RawDoc[] = list(path.join(root, 'guides'), /\.mdx$/).map((f) => ({
    file: rel(`guides/${f}`),
    id: f.replace(/\.mdx$/, ''),
    ...splitFrontmatter(readFileSync(path.join(root, 'guides', f), 'utf8')),
  }));
  const faq: RawDoc[] = list(path.join(root, 'faq'), /\.mdx?$/).map((f) => ({
    file: rel(`faq/${f}`),
    id: f.replace(/\.mdx?$/, ''),
    ...splitFrontmatter(readFileSync(path.join(root, 'faq', f), 'utf8')),
  }));
  const checklists: RawDoc[] = list(path.join(root, 'checklists'), /\.yaml$/).map((f) => ({
    file: rel(`checklists/${f}`),
    id: f.replace(/\.yaml$/, ''),
    data: parseYaml(readFileSync(path.join(root, 'checklists', f), 'utf8')) as Record<string, unknown>,
    body: '',
  }));
  const glossaryFile = path.join(root, 'glossary.yaml');
  const glossary = (existsSync(glossaryFile) ? parseYaml(readFileSync(glossaryFile, 'utf8')) : []) as {
    id: string;
    term: string;
    definition: string;
    see?: string[];
  }[];
  const pages: RawDoc[] = list(root, /^[^/\\]+\.md$/).map((f) => ({
    file: rel(f),
    id: f.replace(/\.md$/, ''),
    ...splitFrontmatter(readFileSync(path.join(root, f), 'utf8')),
  }));
  return { guides, faq, checklists, glossary, glossaryFile: rel('glossary.yaml'), pages };
}

/** Prose only: frontmatter gone, JSX tags, link targets, code and Markdown marks removed. */
export function proseOf(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\|?[\s:|-]+\|?$/gm, ' ')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[#*_>|[\]`]/g, ' ');
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** Sentences of Russian prose: a stop followed by a space and a capital letter (so «ст. 23.1» is not an end). */
export function countSentences(text: string): number {
  return text
    .trim()
    .split(/[.!?…]+["»)]?\s+(?=[«"(]?[А-ЯЁA-Z])/u)
    .filter((s) => s.trim().length > 2).length;
}
