import type { FeedbackChannel } from './site-config.ts';

/** What a prefilled report carries about the page it was sent from. */
export interface PageRef {
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** The page's updated date as readers see it (already formatted), when it has one. */
  updated?: string;
}

/** The words of the message; they live in the i18n strings, never here. */
export interface FeedbackWords {
  subject: string;
  pageLine: string;
  urlLine: string;
  updatedLine: string;
  askLine: string;
}

/** The message words from content/ui/ru.yaml (group publish.feedback). */
export function feedbackWords(t: (key: string) => string): FeedbackWords {
  const w = (key: string) => t(`publish.feedback.${key}`);
  return {
    subject: w('subject'),
    pageLine: w('pageLine'),
    urlLine: w('urlLine'),
    updatedLine: w('updatedLine'),
    askLine: w('askLine'),
  };
}

/** Non-breaking spaces from the typographer read as odd characters in a mail client or an issue form. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function feedbackMessage(page: PageRef, words: FeedbackWords): { subject: string; body: string } {
  const lines = [
    `${words.pageLine}: ${page.title}`,
    `${words.urlLine}: ${page.url}`,
    ...(page.updated ? [`${words.updatedLine}: ${page.updated}`] : []),
    '',
    words.askLine,
    '',
  ];
  return { subject: plain(`${words.subject}: ${page.title}`), body: plain(lines.join('\n')) };
}

/**
 * The link that opens a prefilled report: a mailto: with subject and body, or the tracker's new-issue form with
 * title and body (GitHub, Gitea and Forgejo read `title`/`body`; GitLab reads `issue[title]`/`issue[description]`).
 * Every value is percent-encoded with encodeURIComponent: mail clients read `+` literally, so no form encoding.
 */
export function feedbackHref(channel: FeedbackChannel, page: PageRef, words: FeedbackWords): string {
  const { subject, body } = feedbackMessage(page, words);
  const enc = encodeURIComponent;
  if (channel.kind === 'email') {
    return `mailto:${channel.address}?subject=${enc(subject)}&body=${enc(body.replace(/\n/g, '\r\n'))}`;
  }
  const gitlab = /\/-\/issues\/new\b/.test(channel.url);
  const [titleKey, bodyKey] = gitlab ? ['issue[title]', 'issue[description]'] : ['title', 'body'];
  const url = new URL(channel.url);
  url.hash = '';
  const query = `${enc(titleKey)}=${enc(subject)}&${enc(bodyKey)}=${enc(body)}`;
  return `${url.origin}${url.pathname}${url.search ? `${url.search}&` : '?'}${query}`;
}

/** The page's source file in the repository, e.g. https://github.com/o/r/blob/main/content/guides/x/y.mdx */
export function sourceFileHref(repo: string, branch: string, file: string): string {
  const path = file
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${repo}/blob/${encodeURIComponent(branch)}/${path}`;
}
