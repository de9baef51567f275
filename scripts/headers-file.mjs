// Reads the Netlify/Cloudflare-style `_headers` file so the local server sends what a static host would.
/** @param {string} text */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][], matches: (p: string) => boolean }[]} */
  const rules = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      current = { pattern, headers: [], matches: (p) => re.test(p) };
      rules.push(current);
    } else if (current) {
      const i = raw.indexOf(':');
      if (i > 0) current.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
    }
  }
  return rules;
}
