import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { SERVER_FILES } from './cache-rules.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text a server would compress; Pagefind's .pf_* and .pagefind files are compressed by Pagefind already. */
export const TEXT_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.webmanifest',
  '.ics',
]);
/**
 * Brotli's best quality (11) costs about 20 s over this site on a busy machine for 10 % smaller files than
 * quality 5 (under 1 s); a release build (npm run build:release) pays it, everyday builds and tests do not.
 */
export const brotliQuality = (release: boolean) => (release ? 11 : 5);
/** Below this a compressed copy saves less than a packet; servers send such files as they are. */
const MIN_BYTES = 256;

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli, see brotliQuality) beside every text file of dist/, so
 * nginx's gzip_static (and brotli_static where the module exists) send them without compressing per request.
 * A copy that would not be smaller is not written. Returns how many files got copies.
 */
export async function precompress(
  dir: string,
  quality = brotliQuality(process.env.BG_RELEASE === '1'),
): Promise<{ files: number; bytes: number; gz: number; br: number }> {
  const names = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter(
    (f) => TEXT_EXTENSIONS.has(path.extname(f)) && !SERVER_FILES.includes(f),
  );
  const totals = { files: 0, bytes: 0, gz: 0, br: 0 };
  // A few at a time: zlib runs on libuv's small thread pool, and the machine may be busy.
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const file = path.join(dir, name);
      const body = await readFile(file);
      if (body.length < MIN_BYTES) continue;
      const [gz, br] = await Promise.all([
        gzipAsync(body, { level: 9 }),
        brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ]);
      if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
      if (br.length < body.length) await writeFile(`${file}.br`, br);
      totals.files += 1;
      totals.bytes += body.length;
      totals.gz += gz.length;
      totals.br += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return totals;
}
