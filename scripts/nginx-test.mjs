#!/usr/bin/env node
// Serves dist/ with the generated dist/nginx.conf under a real nginx and checks it over HTTP: status codes, every
// header of every _headers rule, compression (precompressed gzip, and brotli when the module is installed),
// caching, content types (.wasm, Pagefind files), trailing-slash redirects and the 404 page with status 404.
//
// Usage: npm run build && npm run test:nginx   (PORT=… to choose the port; default 4391)
// Installs nginx from Debian packages when it is missing and we are root (as .ci/run does); otherwise says how.
// Runs as any user: pid, logs and temp files live in a temporary folder, nginx runs in the foreground as a child.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseHeadersFile } from './headers-file.mjs';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');
const PORT = Number(process.env.PORT ?? 4391);
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function findNginx() {
  for (const candidate of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

function installNginx() {
  if (process.getuid?.() !== 0) {
    console.error('nginx is not installed: run `sudo apt-get install -y nginx` (Debian) or set NGINX=/path/to/nginx');
    process.exit(1);
  }
  console.log('== installing nginx (Debian package) ==');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const ok = spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
  if (ok.status !== 0) process.exit(1);
  // Optional: Debian 12 packages brotli_static as a module; without it the brotli checks are skipped.
  spawnSync('apt-get', ['install', '-y', '-qq', 'libnginx-mod-http-brotli-static'], { stdio: 'inherit', env });
}

if (!existsSync(path.join(DIST, 'nginx.conf')) || !existsSync(path.join(DIST, 'index.html'))) {
  console.error(`${DIST}/nginx.conf is missing: run \`npm run build\` first`);
  process.exit(1);
}
let nginx = findNginx();
if (!nginx) {
  installNginx();
  nginx = findNginx();
}
const brotli = existsSync(BROTLI_MODULE);

const work = mkdtempSync(path.join(tmpdir(), 'bg-nginx-'));
mkdirSync(path.join(work, 'probe'));
mkdirSync(path.join(work, 'logs'));
// A WebAssembly file does not ship with the site (Pagefind's is packed as .pagefind), so the type map is probed
// with a tiny one served from the same server block.
writeFileSync(path.join(work, 'probe', 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
const temp = (name) => `${name}_temp_path ${path.join(work, name)};`;
const conf = `
${brotli ? `load_module ${BROTLI_MODULE};` : ''}
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${path.join(work, 'nginx.pid')};
error_log ${path.join(work, 'logs', 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${PORT};
    root ${DIST};
    ${brotli ? 'brotli_static on;' : ''}
    location = /probe.wasm { root ${path.join(work, 'probe')}; }
    include ${path.join(DIST, 'nginx.conf')};
  }
}
`;
writeFileSync(path.join(work, 'nginx.conf'), conf);

const test = spawnSync(nginx, ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(`nginx -t rejected the configuration:\n${test.stderr}`);
  process.exit(1);
}
const server = spawn(nginx, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});

/** @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>} */
function get(urlPath, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path: encodeURI(urlPath), method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      return await get('/');
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on port ${PORT}`);
}

const failures = [];
let checks = 0;
function expect(ok, message) {
  checks += 1;
  if (!ok) failures.push(message);
}
function expectEqual(actual, expected, what) {
  expect(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
/** What _headers says a path gets: every matching rule, the later value of a name winning. */
function expectedHeaders(urlPath) {
  const out = new Map();
  for (const r of rules) if (r.matches(urlPath)) for (const [k, v] of r.headers) out.set(k.toLowerCase(), v);
  return out;
}
function expectHeaders(res, urlPath, what = urlPath) {
  for (const [name, value] of expectedHeaders(urlPath)) expectEqual(res.headers[name], value, `${what} ${name}`);
}

/** A real path each _headers rule applies to (a file inside a folder rule). */
function samplePath(pattern) {
  if (!pattern.endsWith('/*')) return pattern;
  const dir = pattern.slice(1, -2);
  const files = readdirSync(path.join(DIST, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => !/\.(gz|br)$/.test(f) && !isDir(path.join(DIST, dir, f)));
  const file = files.find((f) => f.endsWith('index.html')) ?? files[0];
  if (!file) return null;
  return `/${dir}/${file.replace(/index\.html$/, '')}`;
}
function isDir(p) {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
}

const CACHE_FOREVER = 'public, max-age=31536000, immutable';

try {
  await waitForServer();

  // Every rule of _headers, on a real path it covers: status 200 and every header it promises.
  for (const rule of rules) {
    if (rule.pattern === '/*') continue;
    const p = samplePath(rule.pattern);
    if (!p) continue;
    const res = await get(p);
    expectEqual(res.status, 200, `${p} status`);
    expectHeaders(res, p, `${p} (rule ${rule.pattern})`);
  }

  // HTML: type, security headers, revalidated on every visit, the built file byte for byte.
  for (const p of ['/', '/disputes/open-dispute/', '/faq/', '/updates/']) {
    const res = await get(p);
    expectEqual(res.status, 200, `${p} status`);
    expectEqual(res.headers['content-type'], 'text/html; charset=utf-8', `${p} content-type`);
    expectHeaders(res, p);
    expect(/max-age=0, must-revalidate|no-cache/.test(res.headers['cache-control'] ?? ''), `${p} is not revalidated`);
    expect(
      /frame-ancestors 'none'/.test(res.headers['content-security-policy'] ?? ''),
      `${p} CSP lacks frame-ancestors`,
    );
    expectEqual(res.headers['content-encoding'], undefined, `${p} content-encoding without Accept-Encoding`);
    const file = path.join(DIST, p, 'index.html');
    expect(res.body.equals(readFileSync(file)), `${p} body differs from ${file}`);
  }

  // Compression: the precompressed .gz (and .br with the module), with Vary, decoding to the same bytes.
  for (const p of ['/disputes/open-dispute/', '/faq/']) {
    const file = readFileSync(path.join(DIST, p, 'index.html'));
    const gz = await get(p, { 'accept-encoding': 'gzip' });
    expectEqual(gz.headers['content-encoding'], 'gzip', `${p} gzip content-encoding`);
    expect(/accept-encoding/i.test(gz.headers.vary ?? ''), `${p} gzip response lacks Vary: Accept-Encoding`);
    expect(gunzipSync(gz.body).equals(file), `${p} gzip body does not decode to the page`);
    expect(
      gz.body.equals(readFileSync(path.join(DIST, p, 'index.html.gz'))),
      `${p} gzip is not the precompressed file`,
    );
    expectHeaders(gz, p, `${p} (gzip)`);
    if (brotli) {
      const br = await get(p, { 'accept-encoding': 'br' });
      expectEqual(br.headers['content-encoding'], 'br', `${p} brotli content-encoding`);
      expect(brotliDecompressSync(br.body).equals(file), `${p} brotli body does not decode to the page`);
    }
  }

  // Hashed assets: a year, immutable, right type, compressed copies served.
  const astro = readdirSync(path.join(DIST, '_astro'));
  const css = astro.find((f) => f.endsWith('.css'));
  const js = astro.find((f) => f.endsWith('.js'));
  for (const [file, type] of [
    [css, 'text/css; charset=utf-8'],
    [js, 'text/javascript; charset=utf-8'],
  ]) {
    if (!file) continue;
    const res = await get(`/_astro/${file}`, { 'accept-encoding': 'gzip' });
    expectEqual(res.status, 200, `/_astro/${file} status`);
    expectEqual(res.headers['cache-control'], CACHE_FOREVER, `/_astro/${file} cache-control`);
    expectEqual(res.headers['content-type'], type, `/_astro/${file} content-type`);
    if (existsSync(path.join(DIST, '_astro', `${file}.gz`))) {
      expectEqual(res.headers['content-encoding'], 'gzip', `/_astro/${file} content-encoding`);
    }
  }

  // Pagefind: hashed fragments immutable and sent as they are (Pagefind unpacks them itself); its entry revalidated.
  const fragment = readdirSync(path.join(DIST, 'pagefind', 'fragment'))[0];
  const frag = await get(`/pagefind/fragment/${fragment}`, { 'accept-encoding': 'gzip, br' });
  expectEqual(frag.status, 200, 'Pagefind fragment status');
  expectEqual(frag.headers['cache-control'], CACHE_FOREVER, 'Pagefind fragment cache-control');
  expectEqual(frag.headers['content-type'], 'application/octet-stream', 'Pagefind fragment content-type');
  expectEqual(frag.headers['content-encoding'], undefined, 'Pagefind fragment content-encoding');
  expect(frag.body.equals(readFileSync(path.join(DIST, 'pagefind', 'fragment', fragment))), 'Pagefind fragment body');
  const entry = await get('/pagefind/pagefind-entry.json');
  expect(
    /must-revalidate|no-cache/.test(entry.headers['cache-control'] ?? ''),
    'pagefind-entry.json is not revalidated',
  );
  expectEqual(entry.headers['content-type'], 'application/json; charset=utf-8', 'pagefind-entry.json content-type');
  const wasmPack = readdirSync(path.join(DIST, 'pagefind')).find((f) => f.endsWith('.pagefind'));
  if (wasmPack) {
    const res = await get(`/pagefind/${wasmPack}`);
    expectEqual(res.headers['content-type'], 'application/octet-stream', `${wasmPack} content-type`);
  }
  const wasm = await get('/probe.wasm');
  expectEqual(wasm.headers['content-type'], 'application/wasm', '.wasm content-type');

  // Other files: feed, sitemap, robots.
  const feed = await get('/updates/feed.xml');
  expectEqual(feed.status, 200, '/updates/feed.xml status');
  expectEqual(feed.headers['content-type'], 'application/xml; charset=utf-8', '/updates/feed.xml content-type');
  expectEqual((await get('/sitemap-index.xml')).status, 200, '/sitemap-index.xml status');
  expectEqual((await get('/robots.txt')).headers['content-type'], 'text/plain; charset=utf-8', 'robots.txt type');

  // Trailing slashes: a page without one is redirected to the canonical URL, relative, keeping the query.
  for (const [from, to] of [
    ['/disputes/open-dispute', '/disputes/open-dispute/'],
    ['/faq', '/faq/'],
  ]) {
    const res = await get(from);
    expectEqual(res.status, 301, `${from} status`);
    expectEqual(res.headers.location, to, `${from} location`);
  }

  // 404: the site's own page, with status 404 and the same security headers.
  const notFoundPage = readFileSync(path.join(DIST, '404.html'));
  for (const p of ['/no-such-page/', '/disputes/no-such-guide/', '/_astro/missing.js', '/nginx.conf', '/_headers']) {
    const res = await get(p);
    expectEqual(res.status, 404, `${p} status`);
    expectEqual(res.headers['content-type'], 'text/html; charset=utf-8', `${p} content-type`);
    expect(res.body.equals(notFoundPage), `${p} body is not dist/404.html`);
    expect(/default-src 'self'/.test(res.headers['content-security-policy'] ?? ''), `${p} 404 lacks the CSP`);
    expectEqual(res.headers['x-content-type-options'], 'nosniff', `${p} x-content-type-options`);
  }
  const head = await get('/disputes/open-dispute/', {}, 'HEAD');
  expectEqual(head.status, 200, 'HEAD status');
  expectEqual(head.body.length, 0, 'HEAD body length');
} catch (error) {
  failures.push(String(error));
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  if (failures.length) {
    const log = path.join(work, 'logs', 'error.log');
    if (existsSync(log)) console.error(readFileSync(log, 'utf8').split('\n').slice(-10).join('\n'));
  }
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`nginx: ${failures.length} of ${checks} checks failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `nginx: ${checks} checks passed (${path.basename(nginx)} serving ${DIST} on port ${PORT}; brotli_static ${brotli ? 'on' : 'not installed: brotli checks skipped'})`,
);
