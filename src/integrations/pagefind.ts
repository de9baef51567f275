import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glossaryRecordHtml, glossaryRecordUrl, glossaryTermsFromHtml } from '../features/search/search-glossary.ts';
import type { SynonymEntry } from '../features/search/search-synonyms.ts';
import { loadSynonyms } from './search-synonyms.ts';
import { vocabularyFromTexts, vocabularyShards } from '../features/search/search-typo.ts';
import { LEXICON_FILE, shardFile, VOCABULARY_FILE, type SearchLexicon } from '../features/search/search-lexicon.ts';

/**
 * Elements inside an indexed page that are left out of the index, beyond the `data-pagefind-ignore` marks on
 * the header, footer, breadcrumbs and related blocks: a checklist embedded in a guide repeats its own page
 * (/checklists/<id>/ is indexed), and repeated text would make every guide with it look alike.
 */
const EXCLUDE_SELECTORS = ['.prose-guide bg-checklist'];

const GLOSSARY_URL = '/glossary/';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Writes the Pagefind search index into dist/pagefind/ as the last step of `astro build`, so there is no second
 * command to forget. Russian stemming is forced (every page is `<html lang="ru">` anyway). Only pages that mark
 * their <main> with `data-pagefind-body` (BaseLayout does it for pages given a `searchKind`) are indexed; each
 * glossary term is added as its own record pointing at its anchor on /glossary/.
 *
 * In `astro dev` the index of the last build is served at /pagefind/, so search works in development too; without
 * a build the search dialog says how to get one.
 */
/** The text Pagefind indexes on a built page: its <main data-pagefind-body>, and the reader phrases in its meta. */
function indexedText(html: string): string | null {
  const main = html.match(/<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/main>/);
  if (!main) return null;
  const meta = [...main[1]!.matchAll(/data-pagefind-meta="[a-z]+:([^"]*)"/g)].map((m) => m[1]);
  return `${main[1]!.replace(/<[^>]+>/g, ' ')} ${meta.join(' ')}`.replace(/&[#a-z0-9]+;/gi, ' ');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let rootDir = '';
  let synonyms: SynonymEntry[] = [];
  return {
    name: 'bg-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        rootDir = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        synonyms = await loadSynonyms(rootDir);
      },
      'astro:server:setup': ({ server }) => {
        const root = path.join(outDir, 'pagefind');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const rel = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '');
          const file = path.join(root, path.normalize(rel));
          if (!rel || !file.startsWith(root + path.sep)) return next();
          stat(file)
            .then((info) => (info.isFile() ? readFile(file) : Promise.reject(new Error('not a file'))))
            .then((body) => {
              res.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
              res.setHeader('cache-control', 'no-cache');
              res.end(body);
            })
            .catch(() => next());
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'ru',
          excludeSelectors: EXCLUDE_SELECTORS,
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: siteDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);

        const glossaryHtml = await readFile(path.join(siteDir, 'glossary', 'index.html'), 'utf8').catch(() => '');
        const terms = glossaryTermsFromHtml(glossaryHtml);
        for (const term of terms) {
          const record = await index.addHTMLFile({
            url: glossaryRecordUrl(GLOSSARY_URL, term),
            content: glossaryRecordHtml(term, 'Словарь'),
          });
          if (record.errors.length)
            throw new Error(`Pagefind could not add glossary term «${term.term}»: ${record.errors.join('; ')}`);
        }

        const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);

        // Next to the index: the site's words, for relaxed search and spelling correction (src/lib/search-relax.ts):
        // the synonyms on the first query, the words of one first letter when a query has such a word, the whole
        // vocabulary only when a word needs correcting.
        const texts: string[] = [];
        for (const file of await htmlFiles(siteDir)) {
          const text = indexedText(await readFile(file, 'utf8'));
          if (text) texts.push(text);
        }
        texts.push(...terms.map((t) => `${t.term} ${t.definition}`));
        const vocabulary = vocabularyFromTexts(texts, [], 1);
        const shards = vocabularyShards(vocabulary);
        const lexicon: SearchLexicon = { synonyms, shards: [...shards.keys()].sort(), pages: texts.length };
        const out = (file: string, data: unknown) =>
          writeFile(path.join(siteDir, 'pagefind', file), JSON.stringify(data));
        await out(LEXICON_FILE, lexicon);
        await out(VOCABULARY_FILE, vocabulary);
        for (const [shard, words] of shards) await out(shardFile(shard), words);
        const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const records = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
        logger.info(
          `Pagefind indexed ${records} records: ${records - terms.length} pages (of ${added.page_count} HTML files) and ${terms.length} glossary terms; vocabulary of ${vocabulary.words.length} words, ${synonyms.length} synonym entries`,
        );
        await pagefind.close();
      },
    },
  };
}
