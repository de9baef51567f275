// What the service worker stores at install, computed from the built site. Plain JavaScript so that both the
// build step (integration.ts) and the benchmark (bench/run.mjs, run by plain Node) use the same rule.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The offline page every unknown navigation falls back to. */
export const OFFLINE_PATH = '/offline/';

/**
 * The pages stored at install, whatever the reader opens: home, every checklist, the three tools, the glossary,
 * the FAQ index, the escalation ladder and the offline page.
 * @param {readonly string[]} available URL paths of the built pages
 * @returns {string[]}
 */
export function precachedPages(available) {
  /** @param {string} p */
  const wanted = (p) =>
    p === '/' ||
    p === '/checklists/' ||
    /^\/checklists\/[a-z0-9-]+\/$/.test(p) ||
    /^\/tools\/(deadline|message|triage)\/$/.test(p) ||
    p === '/glossary/' ||
    p === '/faq/' ||
    p === '/escalation/ladder/' ||
    p === OFFLINE_PATH;
  return available.filter(wanted).sort();
}

/**
 * Files besides pages stored at install: the built styles and scripts, the icons, the manifest and the search
 * dialog's words (/search/strings.json), so the dialog can say offline that search is not saved.
 * @param {string} file path inside dist, with forward slashes
 */
export function isPrecachedAsset(file) {
  return (
    /^_astro\/[^/]+\.(js|css)$/.test(file) ||
    /^(favicon\.svg|icons\/[^/]+\.png|manifest\.webmanifest|search\/strings\.json)$/.test(file)
  );
}

/**
 * @param {string} dist
 * @returns {string[]} URL paths of every built page (directory form), from the files in dist
 */
export function builtPagePaths(dist) {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('/index.html') || f === 'index.html')
    .filter((f) => !f.startsWith('pagefind/'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
}

/**
 * The precache manifest: one entry per file with a content hash as its revision, and the total bytes.
 * @param {string} dist
 * @param {readonly string[]} [pages] URL paths of the built pages (read from dist when omitted)
 * @returns {{ entries: { url: string, revision: string }[], bytes: number, files: number }}
 */
export function precacheManifest(dist, pages = builtPagePaths(dist)) {
  const files = [
    ...precachedPages(pages).map((p) => ({ url: p, file: path.join(dist, p, 'index.html') })),
    ...readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(path.sep).join('/'))
      .filter(isPrecachedAsset)
      .sort()
      .map((f) => ({ url: `/${f}`, file: path.join(dist, f) })),
  ].filter((f) => existsSync(f.file));
  let bytes = 0;
  const entries = files.map(({ url, file }) => {
    const data = readFileSync(file);
    bytes += data.length;
    return { url, revision: createHash('md5').update(data).digest('hex').slice(0, 16) };
  });
  return { entries, bytes, files: entries.length };
}
