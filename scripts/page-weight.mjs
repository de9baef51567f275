// What a built page costs before any interaction, in gzip bytes: its HTML, its stylesheets, and its module
// scripts with their static imports (not dynamic import(), which waits for the reader to act).
// Shared by the budget test (tests/build/site.test.ts) and the benchmark (bench/run.mjs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string | Buffer} data */
export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;

/**
 * @param {string} dist
 * @param {string} entry absolute path of a module in dist
 * @param {Set<string>} [seen]
 * @returns {string[]}
 */
export function staticModuleGraph(dist, entry, seen = new Set()) {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const imports = [
    ...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g),
  ].map((m) => m[1]);
  for (const spec of imports) {
    const target = spec.startsWith('/') ? path.join(dist, spec) : path.resolve(path.dirname(entry), spec);
    if (existsSync(target)) staticModuleGraph(dist, target, seen);
  }
  return [...seen];
}

/**
 * @param {string} dist
 * @param {string} html
 * @returns {{ html: number, css: number, js: number, total: number }}
 */
export function pageWeight(dist, html) {
  const hrefs = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g),
  ].map((m) => m[1] ?? m[2]);
  const css = hrefs.reduce((sum, href) => sum + gzipSize(readFileSync(path.join(dist, href))), 0);
  const jsFiles = new Set();
  for (const m of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) {
    staticModuleGraph(dist, path.join(dist, m[1])).forEach((f) => jsFiles.add(f));
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  const js = [...jsFiles].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) + (inlineJs ? gzipSize(inlineJs) : 0);
  const htmlBytes = gzipSize(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js };
}
