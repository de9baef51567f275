import { describe, expect, it } from 'vitest';
import { mergeCspPolicies, readCspMeta } from './csp.ts';

describe('CSP helpers', () => {
  it('reads the policy from a page’s meta tag, decoding entities', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' &#39;sha256-x&#39;; img-src 'self'">`;
    expect(readCspMeta(html)).toBe("script-src 'self' 'sha256-x'; img-src 'self'");
    expect(readCspMeta('<meta charset="utf-8">')).toBeNull();
  });

  it('merges policies directive by directive, sources unique and in first-seen order, plus extra directives', () => {
    expect(
      mergeCspPolicies(
        ["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b'"],
        ["frame-ancestors 'none'"],
      ),
    ).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'; frame-ancestors 'none'");
    expect(mergeCspPolicies(['SCRIPT-SRC a;;', 'script-src b'])).toBe('script-src a b');
  });
});
