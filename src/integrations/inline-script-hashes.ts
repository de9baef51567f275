import { createHash } from 'node:crypto';
import { THEME_INIT_SCRIPT } from '../features/theme/theme-init.ts';

/** CSP hashes for the few inline scripts the layout writes itself (Astro hashes the scripts it bundles). */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return [THEME_INIT_SCRIPT].map(
    (source) => `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}` as const,
  );
}
