import { describe, expect, it } from 'vitest';
import { parseSiteConfig, DEFAULT_SITE_URL } from './site-config.ts';

const FILE = 'content/site.yaml';
const minimal = 'siteName: Путеводитель покупателя\n';

describe('site settings (content/site.yaml + environment)', () => {
  it('falls back to the local address and says so; empty fields mean "not set"', () => {
    const c = parseSiteConfig(`${minimal}siteUrl:\nfeedback:\nsourceRepo: ""\nmaintainer:\n`, FILE, {});
    expect(c).toMatchObject({ siteUrl: DEFAULT_SITE_URL, siteUrlIsDefault: true, sourceBranch: 'main' });
    expect(c.feedback).toBeUndefined();
    expect(c.sourceRepo).toBeUndefined();
    expect(c.maintainer).toBeUndefined();
  });

  it('reads every field and tells an e-mail from a tracker URL', () => {
    const c = parseSiteConfig(
      `${minimal}siteUrl: https://example.org/some/path\nmaintainer: Иван\nfeedback: mailto:edit@example.org\nsourceRepo: https://git.example.org/o/r.git\nsourceBranch: trunk\n`,
      FILE,
      {},
    );
    expect(c).toMatchObject({
      siteUrl: 'https://example.org',
      siteUrlIsDefault: false,
      maintainer: 'Иван',
      feedback: { kind: 'email', address: 'edit@example.org' },
      sourceRepo: 'https://git.example.org/o/r',
      sourceBranch: 'trunk',
    });
    const t = parseSiteConfig(`${minimal}feedback: https://github.com/o/r/issues/new\n`, FILE, {});
    expect(t.feedback).toEqual({ kind: 'issues', url: 'https://github.com/o/r/issues/new' });
  });

  it('lets the environment override the file', () => {
    const c = parseSiteConfig(`${minimal}feedback: a@example.org\n`, FILE, {
      SITE_URL: 'https://example.net',
      FEEDBACK_URL: 'https://tracker.example.net/new',
      SOURCE_URL: 'https://github.com/o/r/',
    });
    expect(c.siteUrl).toBe('https://example.net');
    expect(c.feedback).toEqual({ kind: 'issues', url: 'https://tracker.example.net/new' });
    expect(c.sourceRepo).toBe('https://github.com/o/r');
    expect(parseSiteConfig(minimal, FILE, { FEEDBACK_EMAIL: 'b@example.org' }).feedback).toEqual({
      kind: 'email',
      address: 'b@example.org',
    });
  });

  it('a bad field fails naming the file (or variable) and the field', () => {
    expect(() => parseSiteConfig(`${minimal}siteUrl: example.org\n`, FILE, {})).toThrow(
      /^content\/site\.yaml: siteUrl: /,
    );
    expect(() => parseSiteConfig(`${minimal}feedback: write to us\n`, FILE, {})).toThrow(
      /content\/site\.yaml: feedback: /,
    );
    expect(() => parseSiteConfig('siteName: ""\n', FILE, {})).toThrow(/content\/site\.yaml: siteName: /);
    expect(() => parseSiteConfig(`${minimal}colour: red\n`, FILE, {})).toThrow(/content\/site\.yaml: .*colour/);
    expect(() => parseSiteConfig(minimal, FILE, { SITE_URL: 'localhost' })).toThrow(/^SITE_URL: /);
    expect(() => parseSiteConfig(minimal, FILE, { FEEDBACK_EMAIL: 'nobody' })).toThrow(/^FEEDBACK_EMAIL: /);
    expect(() =>
      parseSiteConfig(minimal, FILE, { FEEDBACK_EMAIL: 'a@example.org', FEEDBACK_URL: 'https://example.org/new' }),
    ).toThrow(/set one of them/);
  });
});

describe('one site name', () => {
  it('content/site.yaml and the interface strings agree on it', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const site = parse(readFileSync('content/site.yaml', 'utf8')) as { siteName: string };
    const ui = parse(readFileSync('content/ui/ru.yaml', 'utf8')) as { site: { siteName: string } };
    expect(ui.site.siteName).toBe(site.siteName);
  });
});
