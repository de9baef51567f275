#!/usr/bin/env node
// Serves the built site from dist/ the way a static host would: directory index, 404.html, correct types
// (Pagefind needs application/wasm) and the security headers from dist/_headers. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from './headers-file.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

/** Read on every request: a rebuild changes the policy's hashes while the server keeps running. */
async function headerRules() {
  try {
    return parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    return [];
  }
}

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  for (const rule of await headerRules()) {
    if (rule.matches(url.pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v);
  }
  let file = await resolveFile(url.pathname);
  if (!file && !url.pathname.endsWith('/') && !extname(url.pathname)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  let status = 200;
  if (!file) {
    status = 404;
    file = join(root, '404.html');
  }
  try {
    let body = await readFile(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      // The rules of _headers decide (a year for hashed files); a file they do not name is revalidated.
      'cache-control': res.getHeader('cache-control') ?? 'no-cache',
      vary: 'accept-encoding',
    };
    // Text is sent gzipped, as any static host would; Pagefind's own index files are compressed already.
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('dist/ is missing: run npm run build');
  }
});

server.listen(port, host, () => {
  console.log(`Путеводитель покупателя: http://localhost:${port}/ (serving ${root})`);
});
