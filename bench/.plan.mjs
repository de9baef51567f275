import { build } from 'esbuild';
import { readFileSync, existsSync } from 'node:fs';
const out = await build({ stdin: { contents: `export * from './src/lib/search-relax.ts'; export * from './src/lib/search-typo.ts'; export * from './src/lib/search-query.ts'; export * from './src/lib/search-lexicon.ts';`, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'node' });
const m = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
const dir = 'dist/pagefind/';
const lex = m.lexiconFrom(JSON.parse(readFileSync(dir + m.LEXICON_FILE)));
const vocab = m.vocabularyFrom(JSON.parse(readFileSync(dir + m.VOCABULARY_FILE)));
const lexicon = { synonyms: lex.synonyms, known: async (w) => { const f = dir + m.shardFile(m.shardOf(w)); return /^\d+$/.test(w) || (existsSync(f) && m.isKnownWord(w, JSON.parse(readFileSync(f)))); } };
for (const q of process.argv.slice(2)) {
  const plan = await m.planQuery(m.queryWords(m.normalizeQuery(q)), lexicon, async () => vocab);
  console.log(q, '→', plan.map((p) => `${p.typed}:${p.kind}${p.search.length ? '[' + p.search.join('|') + ']' : ''}`).join(' '), JSON.stringify(m.judgePlan(plan)));
}
