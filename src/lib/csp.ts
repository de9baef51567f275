/** The policy in a page's <meta http-equiv="content-security-policy">, or null. */
export function readCspMeta(html: string): string | null {
  const match = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
  return match
    ? match[1]!
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : null;
}

/** Parses "a x y; b z" into directive → sources, keeping first-seen order. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    directives.set(key, [...new Set([...(directives.get(key) ?? []), ...sources])]);
  }
  return directives;
}

/** Union of several policies (each directive's sources merged) plus extra directives, as one header value. */
export function mergeCspPolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const merged = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parseCsp(policy)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
