import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

/** The built site the tests read; `npm test` builds it first. */
export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run \`npm run build\` first (npm test does it for you)`);
  }
}

export interface BuiltPage {
  /** URL path, e.g. /disputes/open-dispute/ */
  url: string;
  file: string;
  html: string;
  $: cheerio.CheerioAPI;
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  if (cache) return cache;
  requireDist();
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !f.startsWith('pagefind'));
  cache = files.sort().map((f) => {
    const rel = f.split(path.sep).join('/');
    const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
    const html = readFileSync(path.join(DIST, f), 'utf8');
    return { url, file: path.join(DIST, f), html, $: cheerio.load(html) };
  });
  return cache;
}

/** The file a site path is served from, or null. */
export function fileForPath(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [path.join(DIST, clean, 'index.html')] : [path.join(DIST, clean), path.join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** JS a module loads before any interaction: the file and its static imports, not dynamic import(). */
export function staticModuleGraph(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  for (const spec of imports) {
    const target = spec.startsWith('/') ? path.join(DIST, spec) : path.resolve(path.dirname(entry), spec);
    if (existsSync(target)) staticModuleGraph(target, seen);
  }
  return [...seen];
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** gzip bytes of what a page loads before interaction: its HTML, stylesheets, inline and module scripts. */
export function pageWeight(page: BuiltPage): PageWeight {
  const { $ } = page;
  const html = gzipSize(page.html);
  const css = $('link[rel="stylesheet"]')
    .map((_, el) => $(el).attr('href'))
    .get()
    .reduce((sum, href) => sum + gzipSize(readFileSync(path.join(DIST, href))), 0);
  const jsFiles = new Set<string>();
  $('script[src]').each((_, el) => {
    const src = $(el).attr('src')!;
    if (src.startsWith('/')) staticModuleGraph(path.join(DIST, src)).forEach((f) => jsFiles.add(f));
  });
  const js = [...jsFiles].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  return { html, css, js, total: html + css + js };
}
