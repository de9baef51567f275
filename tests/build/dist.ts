import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pageWeight as weigh } from '../../scripts/page-weight.mjs';
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
  const candidates = clean.endsWith('/')
    ? [path.join(DIST, clean, 'index.html')]
    : [path.join(DIST, clean), path.join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

export { gzipSize } from '../../scripts/page-weight.mjs';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** gzip bytes of what a page loads before interaction (see scripts/page-weight.mjs). */
export function pageWeight(page: BuiltPage): PageWeight {
  return weigh(DIST, page.html);
}
