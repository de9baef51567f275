import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';
import sharp from 'sharp';
import { precacheManifest } from './precache.mjs';
import { parse } from 'yaml';
import { createT, type Dict } from '../../lib/i18n.ts';

const SW_SOURCE = fileURLToPath(new URL('./sw.ts', import.meta.url));
const FAVICON = fileURLToPath(new URL('../../../public/favicon.svg', import.meta.url));
/** The app's name and description are interface strings (group `offline`); the manifest is written after the build. */
const UI = fileURLToPath(new URL('../../../content/ui/ru.yaml', import.meta.url));

/** The favicon's blue, used as the app's theme and as the background of the maskable icon. */
export const BRAND = '#0a58a8';

/** PNG icons rasterised from public/favicon.svg (sharp), and the web app manifest that lists them. */
async function writeIcons(outDir: string): Promise<void> {
  const svg = await readFile(FAVICON);
  const t = createT(parse(await readFile(UI, 'utf8')) as Dict);
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  for (const size of [192, 512]) {
    await sharp(svg, { density: 1200 })
      .resize(size, size)
      .png()
      .toFile(path.join(outDir, 'icons', `icon-${size}.png`));
  }
  // Maskable: the mark inside the safe zone (80 %) on a full-bleed square, so no launcher crops it.
  const inner = await sharp(svg, { density: 1200 }).resize(410, 410).png().toBuffer();
  await sharp({ create: { width: 512, height: 512, channels: 4, background: BRAND } })
    .composite([{ input: inner, gravity: 'center' }])
    .png()
    .toFile(path.join(outDir, 'icons', 'icon-maskable-512.png'));
  const manifest = {
    name: t('offline.appName'),
    short_name: t('offline.appShortName'),
    description: t('offline.appDescription'),
    lang: 'ru',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: BRAND,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  await writeFile(path.join(outDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Bundles sw.ts (Workbox modules) into dist/sw.js with the precache manifest of this build written in. */
export async function writeServiceWorker(outDir: string, pages?: string[]): Promise<{ bytes: number; files: number }> {
  const manifest = precacheManifest(outDir, pages);
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __BG_PRECACHE__: JSON.stringify(manifest.entries),
    },
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: SW_SOURCE, formats: ['iife'], name: 'bgServiceWorker', fileName: () => 'sw.js' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('offline: bundling src/features/offline/sw.ts produced no code');
  await writeFile(path.join(outDir, 'sw.js'), chunk.code);
  return { bytes: manifest.bytes, files: manifest.files };
}

/** Offline mode at `astro:build:done`: icons, the web app manifest and the service worker with its precache. */
export function offlineMode(): AstroIntegration {
  return {
    name: 'bg-offline',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeIcons(outDir);
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/'));
        const { bytes, files } = await writeServiceWorker(outDir, paths);
        logger.info(`sw.js: ${files} files precached, ${Math.round(bytes / 1024)} KB`);
      },
    },
  };
}
