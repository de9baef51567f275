import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from './content-root.ts';

/**
 * The updated date of each page that has one, by site path, read from the frontmatter of the content files.
 * astro.config.mjs needs it for the sitemap's <lastmod> before any content collection exists. A section index
 * takes the newest date of its guides; the home page and /updates/ the newest of all. Dates the schema would
 * reject are skipped here: the content collection fails the build on them with the file and field.
 */
export function updatedDates(root = contentRoot(process.env.CONTENT_ROOT)): Map<string, string> {
  const dates = new Map<string, string>();
  const read = (file: string): string | undefined => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    if (!match) return undefined;
    try {
      const updated = (parse(match[1]!) as { updated?: unknown } | null)?.updated;
      const date = updated instanceof Date ? updated : new Date(String(updated));
      return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
    } catch {
      return undefined;
    }
  };
  const newest = (a: string | undefined, b: string) => (a && a > b ? a : b);
  const guides = path.join(root, 'guides');
  let all: string | undefined;
  for (const section of readdirSync(guides, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(path.join(guides, section.name)).filter((f) => f.endsWith('.mdx'))) {
      const date = read(path.join(guides, section.name, name));
      if (!date) continue;
      dates.set(`/${section.name}/${name.replace(/\.mdx$/, '')}/`, date);
      dates.set(`/${section.name}/`, newest(dates.get(`/${section.name}/`), date));
      all = newest(all, date);
    }
  }
  for (const name of readdirSync(root).filter((f) => f.endsWith('.md'))) {
    const date = read(path.join(root, name));
    if (date) dates.set(`/${name.replace(/\.md$/, '')}/`, date);
  }
  if (all) for (const p of ['/', '/updates/']) dates.set(p, all);
  return dates;
}
