import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseHeadersFile } from '../../../scripts/headers-file.mjs';
import { siteConfig } from '../../lib/site-config.ts';
import { cacheRules, cacheRulesText, type Entry } from './cache-rules.ts';
import { precompress } from './compress.ts';
import { nginxConfig } from './nginx.ts';

async function entries(dir: string): Promise<Entry[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).map((d) => ({ name: d.name, dir: d.isDirectory() }));
  } catch {
    return [];
  }
}

/**
 * The last build step, after the Pagefind index and the CSP line of _headers exist: appends the Cache-Control
 * rules to dist/_headers, writes dist/nginx.conf from that same file, then precompresses text files (.gz, .br).
 * At the start of a build it says, in one line, when the site address is still the local default.
 */
export function publishFiles(): AstroIntegration {
  return {
    name: 'bg-publish',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const config = siteConfig();
        if (config.siteUrlIsDefault) {
          logger.warn(
            `site address is the local default ${config.siteUrl}: set siteUrl in content/site.yaml or SITE_URL before publishing (npm run build:release refuses this)`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const headersFile = path.join(outDir, '_headers');
        const rules = cacheRules(await entries(outDir), await entries(path.join(outDir, 'pagefind')));
        const headers = (await readFile(headersFile, 'utf8')).trimEnd() + '\n' + cacheRulesText(rules);
        await writeFile(headersFile, headers);

        const files = await readdir(outDir, { recursive: true, encoding: 'utf8' });
        const extensions = [...new Set(files.map((f) => path.extname(f).slice(1)).filter(Boolean))];
        const parsed = parseHeadersFile(headers).map((r) => ({ pattern: r.pattern, headers: r.headers }));
        await writeFile(path.join(outDir, 'nginx.conf'), nginxConfig(parsed, extensions));

        const c = await precompress(outDir);
        logger.info(
          `_headers: ${rules.length} cache rules; nginx.conf written; ${c.files} text files precompressed (${c.bytes} B → gzip ${c.gz} B, brotli ${c.br} B)`,
        );
      },
    },
  };
}
