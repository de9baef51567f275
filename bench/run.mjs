#!/usr/bin/env node
// npm run bench: how the build scales with content, what each page type weighs, and how fast search is.
// Prints a table, writes bench/results.json and refreshes the figures in README.md between the bench markers.
import { spawnSync } from 'node:child_process';
import { withServedDist } from './serve-dist.mjs';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './corpus.mjs';
import { pageWeight, staticModuleGraph, gzipSize } from '../scripts/page-weight.mjs';
import { precacheManifest } from '../src/features/offline/precache.mjs';
import { measureSearch } from './search.mjs';
import { measureSpeed } from './speed.mjs';
import { chromiumExecutable, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import * as prettier from 'prettier';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,3000').split(',').map(Number);
const TMP = path.resolve('bench/tmp'); // inside the project: Astro keeps its build chunks beside an in-project outDir

function dirSize(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath ?? e.path, e.name)).size, 0);
}

/** Runs `astro build` under GNU time for wall time and peak memory of the build process. */
function timedBuild(contentRoot, outDir, cacheDir) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentRoot) Object.assign(env, { CONTENT_ROOT: contentRoot, ASTRO_CACHE_DIR: cacheDir });
  const started = process.hrtime.bigint();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH_RSS_KB=%M', 'node_modules/.bin/astro', 'build', '--outDir', outDir],
    {
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const rss = Number(run.stderr.match(/BENCH_RSS_KB=(\d+)/)?.[1] ?? 0) * 1024;
  const pages = Number(run.stdout.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
  return { seconds, peakRssBytes: rss, pages };
}

function scaling() {
  const rows = [];
  for (const n of SIZES) {
    const work = path.join(TMP, `corpus-${n}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeCorpus(path.join(work, 'content'), n);
    const out = path.join(work, 'dist');
    process.stdout.write(`building ${n} synthetic guides… `);
    const build = timedBuild(path.join(work, 'content'), out, path.join(work, 'cache'));
    const row = {
      guides: n,
      pages: build.pages,
      buildSeconds: Math.round(build.seconds * 10) / 10,
      peakRssMB: Math.round(build.peakRssBytes / 1024 / 1024),
      distMB: Math.round((dirSize(out) / 1024 / 1024) * 10) / 10,
      pagefindMB: Math.round((dirSize(path.join(out, 'pagefind')) / 1024 / 1024) * 10) / 10,
    };
    console.log(`${row.buildSeconds} s`);
    rows.push(row);
    rmSync(work, { recursive: true, force: true });
  }
  // Growth per 1,000 guides between the smallest and the largest corpus: a straight line means linear scaling.
  const [a, b] = [rows[0], rows.at(-1)];
  const per1000 = (key) => Math.round(((b[key] - a[key]) / ((b.guides - a.guides) / 1000)) * 10) / 10;
  const growth =
    rows.length > 1
      ? {
          buildSeconds: per1000('buildSeconds'),
          peakRssMB: per1000('peakRssMB'),
          distMB: per1000('distMB'),
          pagefindMB: per1000('pagefindMB'),
        }
      : null;
  return { rows, growthPer1000Guides: growth };
}

const PAGE_TYPES = {
  home: '/',
  section: '/disputes/',
  guide: '/disputes/open-dispute/',
  'guide + checklist': '/problems/delivery-delay/',
  faq: '/faq/',
  'faq entry': '/faq/what-is-dispute/',
  checklist: '/checklists/open-dispute/',
  glossary: '/glossary/',
  facts: '/about/facts/',
  search: '/search/',
  'tool: deadline': '/tools/deadline/',
  'tool: message': '/tools/message/',
  'tool: triage': '/tools/triage/',
};

function weights(dist) {
  return Object.entries(PAGE_TYPES).map(([type, url]) => {
    const html = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    return { type, url, ...pageWeight(dist, html) };
  });
}

/**
 * Offline mode: what the service worker stores at install (raw bytes, budget 1.5 MB), the worker itself, and the
 * registration script every page loads after `load` (gzip, with its static imports; budget 1.5 KB).
 */
function offlineFigures(dist) {
  const precache = precacheManifest(dist);
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)]
    .map((m) => path.join(dist, m[1]))
    .find((f) => readFileSync(f, 'utf8').includes('serviceWorker'));
  const registration = entry ? staticModuleGraph(dist, entry).reduce((s, f) => s + gzipSize(readFileSync(f)), 0) : 0;
  return {
    precacheFiles: precache.files,
    precacheBytes: precache.bytes,
    swGzipBytes: gzipSize(readFileSync(path.join(dist, 'sw.js'))),
    registrationGzipBytes: registration,
  };
}

async function searchFigures(dist) {
  return withServedDist(dist, 4399, (baseURL) =>
    measureSearch({ baseURL, executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }),
  );
}

/**
 * Search quality on the same build: the browser quality test (tests/browser/search-quality.spec.ts) run against it,
 * its figures collected through SEARCH_QUALITY_JSON. The test may fail (below 95 % top-3): the figures count anyway.
 */
function searchQuality(dist) {
  const out = path.join(TMP, 'search-quality.json');
  rmSync(out, { force: true });
  spawnSync('npx', ['playwright', 'test', 'search-quality.spec.ts', '--workers=1', '--reporter=line'], {
    env: { ...process.env, PORT: '4398', DIST_DIR: dist, SEARCH_QUALITY_JSON: out },
    stdio: 'inherit',
  });
  const after = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
  const before = JSON.parse(readFileSync('bench/search-quality-before.json', 'utf8'));
  const brief = (r) =>
    r && r.onTopic
      ? {
          queries: r.onTopic.queries,
          top1: r.onTopic.top1,
          top3: r.onTopic.top3,
          zeroResults: r.onTopic.zeroResults,
          noAnswerWithResults: r.noAnswer ? `${r.noAnswer.withResults}/${r.noAnswer.queries}` : 'n/a',
        }
      : null;
  return { before: brief(before), after: brief(after), misses: after?.onTopic?.misses ?? [] };
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function table(rows) {
  const keys = Object.keys(rows[0]);
  const lines = [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${keys.map((k) => r[k]).join(' | ')} |`);
  return lines.join('\n');
}

mkdirSync(TMP, { recursive: true });
console.log('== real site build ==');
const realOut = path.join(TMP, 'site');
const real = timedBuild(null, realOut);
console.log(`${real.pages} pages in ${real.seconds.toFixed(1)} s, peak ${Math.round(real.peakRssBytes / 1048576)} MB`);
const pageWeights = weights(realOut);
console.table(pageWeights);
const offline = offlineFigures(realOut);
console.log('== offline mode ==', offline);
console.log('== search (Chromium) ==');
const search = await searchFigures(realOut);
console.log(search);
console.log('== speed (Lighthouse, mobile, performance) ==');
const speed = await measureSpeed(realOut);
console.table(speed);
console.log('== search quality (Chromium) ==');
const quality = searchQuality(realOut);
console.log(quality);
console.log('== build scaling (synthetic corpora) ==');
const scale = scaling();
console.table(scale.rows);
console.log('growth per 1,000 guides:', scale.growthPer1000Guides);
rmSync(TMP, { recursive: true, force: true });

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  realSite: {
    pages: real.pages,
    buildSeconds: Math.round(real.seconds * 10) / 10,
    peakRssMB: Math.round(real.peakRssBytes / 1048576),
  },
  pageWeightsGzipBytes: pageWeights,
  offline,
  search,
  speed,
  searchQuality: quality,
  scaling: scale,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
const readme = readFileSync('README.md', 'utf8');
const block = `<!-- bench:start -->
Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node} (\`npm run bench\`; raw figures in \`bench/results.json\`).

Real site: ${results.realSite.pages} pages built in ${results.realSite.buildSeconds} s (peak ${results.realSite.peakRssMB} MB).

Page weight at load, gzip bytes (HTML + CSS + JS before any interaction):

${table(pageWeights.map(({ type, html, css, js, total }) => ({ type, html, css, js, total })))}

Lighthouse mobile, performance (median of ${speed[0].runs} runs per page; target score ≥ 98):

${table(speed.map(({ kind, page, score, speedIndexMs, fcpMs, lcpMs, layoutShift }) => ({ kind, page, score, speedIndexMs, fcpMs, lcpMs, layoutShift })))}

Offline mode: ${offline.precacheFiles} files precached, ${Math.round(offline.precacheBytes / 1024)} KB (budget 1.5 MB); service worker ${offline.swGzipBytes} B gzip; registration script ${offline.registrationGzipBytes} B gzip at load (budget 1.5 KB).

Search (guide page, Chromium, localhost): ${search.beforeSearchOpens.gzipBytes} B gzip loaded before search opens, ${search.beforeSearchOpens.searchBytes} B of it search;
first query «${search.firstQuery.query}» fetched ${search.firstQuery.gzipBytes} B gzip in ${search.firstQuery.requests} requests;
cold time to first results ${search.coldFirstResultsMs} ms; warm median ${search.warmMedianMs} ms per query (max ${search.warmMaxMs} ms over ${search.warmQueries}).
Budgets: first results ≤ 300 ms cold, warm median ≤ 50 ms, ≤ 160 KB gzip fetched by the first query, nothing of search before intent.

Search quality (\`tests/browser/search-quality.spec.ts\`, ${quality.after?.queries ?? '?'} shoppers' queries; the answer must be in the top 3):

${table(
  [
    ['before (issue 14)', quality.before],
    ['now', quality.after],
  ]
    .filter(([, r]) => r)
    .map(([when, r]) => ({
      when,
      queries: r.queries,
      'top-1': `${r.top1} (${((r.top1 / r.queries) * 100).toFixed(1)} %)`,
      'top-3': `${r.top3} (${((r.top3 / r.queries) * 100).toFixed(1)} %)`,
      'zero results': r.zeroResults,
      'nonsense answered': r.noAnswerWithResults,
    })),
)}

Build scaling with synthetic Russian guides:

${table(scale.rows)}

Growth per 1,000 guides: ${
  scale.growthPer1000Guides
    ? Object.entries(scale.growthPer1000Guides)
        .map(([k, v]) => `${k} +${v}`)
        .join(', ')
    : 'n/a'
}.
<!-- bench:end -->`;
const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block);
// Formatted as `npm run check` expects, so a bench run never leaves the README failing the format check.
const options = { ...(await prettier.resolveConfig('README.md')), filepath: 'README.md' };
writeFileSync('README.md', await prettier.format(updated, options));
console.log('wrote bench/results.json and README.md figures');
