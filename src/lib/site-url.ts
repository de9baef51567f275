/**
 * The public address of the site, used for canonical links, Open Graph and the sitemap.
 * Deployments set SITE_URL; a local build points at the local server so every link it prints works.
 */
export function siteUrl(fromEnv: string | undefined): string {
  const fallback = 'http://localhost:4321';
  if (!fromEnv) return fallback;
  try {
    const url = new URL(fromEnv);
    return url.origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${fromEnv}"`);
  }
}
