import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

/** Every built page's URL path, read from dist/ so new content is checked without touching the tests. */
export function allPagePaths(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build first`);
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** One page of each type, for the checks that look at layout rather than every word. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  section: '/disputes/',
  guide: '/disputes/open-dispute/',
  'guide with checklist': '/problems/delivery-delay/',
  faq: '/faq/',
  'faq entry': '/faq/what-is-dispute/',
  checklists: '/checklists/',
  checklist: '/checklists/open-dispute/',
  glossary: '/glossary/',
  about: '/about/',
  facts: '/about/facts/',
  search: '/search/',
  deadline: '/tools/deadline/',
  message: '/tools/message/',
  triage: '/tools/triage/',
  updates: '/updates/',
  '404': '/no-such-page/',
};
