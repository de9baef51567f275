import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { contentRoot } from './content-root.ts';

/**
 * content/site.yaml: the settings a deployment changes (address, name, who maintains it, where readers report a
 * mistake, where the source lives). Environment variables override the file, so a host can set them without a
 * commit: SITE_URL, FEEDBACK_URL or FEEDBACK_EMAIL, SOURCE_URL.
 *
 * Read with plain fs (not a content collection) because astro.config.mjs needs the site URL before any
 * collection exists; pages call siteConfig() too, so both see the same values.
 */

/** The address a local build falls back to: the preview server (`npm start`), so every printed link works there. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export type FeedbackChannel = { kind: 'email'; address: string } | { kind: 'issues'; url: string };

export interface SiteConfig {
  /** Origin without a trailing slash, e.g. https://example.org */
  siteUrl: string;
  /** True when neither site.yaml nor SITE_URL gave an address other than the local default. */
  siteUrlIsDefault: boolean;
  siteName: string;
  maintainer?: string;
  feedback?: FeedbackChannel;
  /** Repository web address without a trailing slash, e.g. https://github.com/owner/repo */
  sourceRepo?: string;
  /** Branch the edit-this-page links open; `main` unless set. */
  sourceBranch: string;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, `${what}: an absolute http(s) URL, e.g. https://example.org`);

/** Empty values (`feedback:` with nothing after it) mean "not set", so the shipped file can list every key. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v), schema.optional());

const siteFileSchema = z
  .object({
    siteUrl: optional(httpUrl('site address')),
    siteName: z.string().trim().min(1, 'the site name must not be empty'),
    maintainer: optional(z.string().trim().min(1).max(200)),
    feedback: optional(
      z
        .string()
        .trim()
        .refine(
          (v) => EMAIL.test(v.replace(/^mailto:/, '')) || /^https?:\/\/\S+$/.test(v),
          'an e-mail address (name@example.org) or an issue tracker’s new-issue URL (https://…)',
        ),
    ),
    sourceRepo: optional(httpUrl('repository address')),
    sourceBranch: optional(
      z
        .string()
        .trim()
        .regex(/^[\w./-]+$/, 'a branch name such as main'),
    ),
  })
  .strict();

function feedbackChannel(value: string): FeedbackChannel {
  const address = value.replace(/^mailto:/, '');
  return EMAIL.test(address) && !/^https?:/.test(value) ? { kind: 'email', address } : { kind: 'issues', url: value };
}

export type Env = Record<string, string | undefined>;

const set = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/**
 * Validates the file's text and applies the environment. Throws one Error whose message names the file (or the
 * variable) and the field, like a broken content field does.
 */
export function parseSiteConfig(text: string, file: string, env: Env): SiteConfig {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = siteFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const data = result.data;

  const fromEnv = (name: string, value: string | undefined, schema: z.ZodTypeAny): string | undefined => {
    if (value === undefined) return undefined;
    const checked = schema.safeParse(value);
    if (!checked.success) throw new Error(`${name}: ${checked.error.issues[0]!.message}, got "${value}"`);
    return checked.data as string;
  };
  const envSite = fromEnv('SITE_URL', set(env.SITE_URL), httpUrl('site address'));
  const feedbackUrl = fromEnv('FEEDBACK_URL', set(env.FEEDBACK_URL), httpUrl('new-issue address'));
  const feedbackEmail = fromEnv(
    'FEEDBACK_EMAIL',
    set(env.FEEDBACK_EMAIL),
    z.string().regex(EMAIL, 'an e-mail address such as name@example.org'),
  );
  if (feedbackUrl && feedbackEmail) throw new Error('FEEDBACK_URL and FEEDBACK_EMAIL: set one of them, not both');
  const envSource = fromEnv('SOURCE_URL', set(env.SOURCE_URL), httpUrl('repository address'));

  const siteUrl = new URL(envSite ?? data.siteUrl ?? DEFAULT_SITE_URL).origin;
  const feedback = feedbackUrl
    ? ({ kind: 'issues', url: feedbackUrl } as const)
    : feedbackEmail
      ? ({ kind: 'email', address: feedbackEmail } as const)
      : data.feedback
        ? feedbackChannel(data.feedback)
        : undefined;
  const source = envSource ?? data.sourceRepo;
  return {
    siteUrl,
    siteUrlIsDefault: siteUrl === DEFAULT_SITE_URL,
    siteName: data.siteName,
    maintainer: data.maintainer,
    feedback,
    sourceRepo: source?.replace(/\/+$/, '').replace(/\.git$/, ''),
    sourceBranch: data.sourceBranch ?? 'main',
  };
}

let cached: { key: string; config: SiteConfig } | undefined;

/** The settings of this build: content/site.yaml (under CONTENT_ROOT) with the environment applied. */
export function siteConfig(env: Env = process.env): SiteConfig {
  const root = contentRoot(env.CONTENT_ROOT);
  const file = path.join(root, 'site.yaml');
  const key = JSON.stringify([file, env.SITE_URL, env.FEEDBACK_URL, env.FEEDBACK_EMAIL, env.SOURCE_URL]);
  if (cached?.key === key) return cached.config;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: missing; it holds siteName and the other site settings (see README «Deploying»)`);
  }
  const config = parseSiteConfig(text, file.split(path.sep).join('/'), env);
  cached = { key, config };
  return config;
}
