import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mergeCspPolicies, readCspMeta } from '../lib/csp.ts';

/**
 * Static hosts that read `_headers` get the same Content-Security-Policy the pages carry in <meta>, merged over
 * every page (each page's script and style hashes), plus `frame-ancestors`, which a <meta> policy cannot set.
 * public/_headers holds the other headers; this appends the policy line to each of its rules.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'bg-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: string[] = [];
        for (const { pathname } of pages) {
          const file = path.join(outDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
          const html = await readFile(file, 'utf8').catch(() =>
            readFile(path.join(outDir, `${pathname.replace(/\/$/, '')}.html`), 'utf8'),
          );
          const policy = readCspMeta(html);
          if (policy) policies.push(policy);
        }
        const merged = mergeCspPolicies(policies, ["frame-ancestors 'none'"]);
        const headersFile = path.join(outDir, '_headers');
        const template = await readFile(headersFile, 'utf8');
        const withCsp = template.replace(/^(\/\S*)$/gm, `$1\n  Content-Security-Policy: ${merged}`);
        await writeFile(headersFile, withCsp);
        logger.info(`_headers: CSP merged from ${policies.length} pages`);
      },
    },
  };
}
