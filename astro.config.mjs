// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { rehypeTypograf } from './src/integrations/rehype-typograf.ts';
import { rehypeExternalLinks } from './src/integrations/rehype-external-links.ts';
import { rehypeTelLinks } from './src/integrations/rehype-tel-links.ts';
import { rehypeSectionLinks } from './src/integrations/rehype-section-links.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The section self-link's hidden label comes from the interface words, like every other string. */
const ui = parseYaml(readFileSync(new URL('./content/ui/ru.yaml', import.meta.url), 'utf8'));
import { inlineScriptHashes } from './src/integrations/inline-script-hashes.ts';
import { offlineMode } from './src/features/offline/integration.ts';
import { remarkFacts } from './src/integrations/remark-facts.ts';
import { facts } from './src/lib/facts.ts';
import { factsFreshness } from './src/integrations/facts-freshness.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { updatedDates } from './src/lib/updated-dates.ts';
import { publishFiles } from './src/integrations/publish/index.ts';

// content/site.yaml with SITE_URL, FEEDBACK_* and SOURCE_URL applied; a bad field stops here naming file and field.
const settings = siteConfig();
if (process.env.BG_RELEASE === '1' && settings.siteUrlIsDefault) {
  console.error(
    `build:release: no public site address (siteUrl in content/site.yaml or SITE_URL is still ${settings.siteUrl})`,
  );
  process.exit(1);
}
const lastmod = updatedDates();

export default defineConfig({
  // A build over another content root (benchmarks, bad-input tests) keeps its content cache apart from the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  site: settings.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: Number(process.env.PORT ?? 4321), host: '127.0.0.1' },
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // <lastmod> from each page's updated date (guides, about, section indexes); other pages carry none.
      serialize: (item) => {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    factsFreshness(),
    pagefindIndex(),
    offlineMode(),
    securityHeaders(),
    // Last: it reads the Pagefind files and the CSP line the two above write.
    publishFiles(),
  ],
  markdown: {
    // Facts first (src/lib/facts.ts). The digest in the options makes a changed facts.yaml clear the content cache.
    remarkPlugins: [[remarkFacts, { digest: facts().digest }]],
    // Heading ids first, from the words as written, so the typographer's non-breaking spaces never reach a URL.
    rehypePlugins: [
      rehypeHeadingIds,
      rehypeTypograf,
      rehypeExternalLinks,
      rehypeTelLinks,
      [rehypeSectionLinks, { label: ui.guide.sectionLink }],
    ],
  },
  vite: {
    plugins: [tailwindcss()],
  },
  experimental: {
    csp: {
      // Pagefind compiles its WebAssembly from this origin (it runs without a worker); nothing else is allowed.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // Offline mode (src/features/offline/): the service worker and the web app manifest, from this origin only.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(),
      },
    },
  },
});
