/**
 * Cache-Control rules for dist/_headers, derived from what the build wrote.
 *
 * Hosts that read `_headers` differ when several rules set the same header: Netlify keeps the last, Cloudflare
 * Pages joins the values with a comma. So no two rules here ever match the same path: Cache-Control is never put
 * on `/*` (which carries the security headers), but on each top-level folder and file of dist/, and on the
 * hashed folders of /_astro/ and /pagefind/ apart.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Files the build writes for servers, never served as pages. */
export const SERVER_FILES = ['_headers', 'nginx.conf'];

/** Pagefind folders whose file names are content hashes. */
const PAGEFIND_HASHED_DIRS = ['fragment', 'index', 'filter'];
/** Pagefind's top-level metadata file carries its hash in the name, e.g. pagefind.ru_8a7b6c5d4e.pf_meta */
const PAGEFIND_HASHED_FILE = /_[0-9a-f]{6,}\.pf_meta$/;

export interface Entry {
  name: string;
  dir: boolean;
}

export interface CacheRule {
  pattern: string;
  cacheControl: string;
}

const precompressed = (name: string) => /\.(gz|br)$/.test(name);

/**
 * @param top the entries of dist/
 * @param pagefind the entries of dist/pagefind/ (empty when there is no index)
 */
export function cacheRules(top: Entry[], pagefind: Entry[]): CacheRule[] {
  const rules: CacheRule[] = [];
  const sorted = [...top].sort((a, b) => a.name.localeCompare(b.name));
  for (const e of sorted) {
    if (SERVER_FILES.includes(e.name) || precompressed(e.name)) continue;
    if (e.name === '_astro' && e.dir) rules.push({ pattern: '/_astro/*', cacheControl: IMMUTABLE });
    else if (e.name === 'pagefind' && e.dir) continue;
    else if (e.dir) rules.push({ pattern: `/${e.name}/*`, cacheControl: REVALIDATE });
    else if (e.name === 'index.html') {
      rules.push({ pattern: '/', cacheControl: REVALIDATE }, { pattern: '/index.html', cacheControl: REVALIDATE });
    } else rules.push({ pattern: `/${e.name}`, cacheControl: REVALIDATE });
  }
  for (const e of [...pagefind].sort((a, b) => a.name.localeCompare(b.name))) {
    if (precompressed(e.name)) continue;
    if (e.dir) {
      rules.push({
        pattern: `/pagefind/${e.name}/*`,
        cacheControl: PAGEFIND_HASHED_DIRS.includes(e.name) ? IMMUTABLE : REVALIDATE,
      });
    } else {
      rules.push({
        pattern: `/pagefind/${e.name}`,
        cacheControl: PAGEFIND_HASHED_FILE.test(e.name) ? IMMUTABLE : REVALIDATE,
      });
    }
  }
  return rules;
}

export function cacheRulesText(rules: CacheRule[]): string {
  const lines = [
    '',
    '# Caching (written by the build from the files in dist/; see src/integrations/publish/cache-rules.ts).',
    '# Hashed files never change under their name: a year, immutable. Everything else is revalidated on each visit.',
  ];
  for (const r of rules) lines.push(r.pattern, `  Cache-Control: ${r.cacheControl}`);
  return `${lines.join('\n')}\n`;
}
