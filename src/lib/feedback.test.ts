import { describe, expect, it } from 'vitest';
import { feedbackHref, sourceFileHref } from './feedback.ts';

const words = {
  subject: 'Ошибка на странице',
  pageLine: 'Страница',
  urlLine: 'Адрес',
  updatedLine: 'Обновлено',
  askLine: 'Что не так:',
};
const page = {
  title: 'Как открыть спор & не\u00a0опоздать',
  url: 'https://example.org/disputes/open-dispute/',
  updated: '1 декабря 2026',
};

describe('feedback links', () => {
  it('mailto: subject and body percent-encoded (no "+"), CRLF lines, the page title, URL and date', () => {
    const href = feedbackHref({ kind: 'email', address: 'edit@example.org' }, page, words);
    expect(href.startsWith('mailto:edit@example.org?subject=')).toBe(true);
    expect(href).not.toMatch(/[ +\n]/);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Ошибка на странице: Как открыть спор & не опоздать');
    expect(params.get('body')).toBe(
      'Страница: Как открыть спор & не опоздать\r\nАдрес: https://example.org/disputes/open-dispute/\r\nОбновлено: 1 декабря 2026\r\n\r\nЧто не так:\r\n',
    );
  });

  it('a new-issue URL gets title and body (GitLab: issue[title] and issue[description]), keeping its own query', () => {
    const gh = new URL(
      feedbackHref({ kind: 'issues', url: 'https://github.com/o/r/issues/new?labels=content' }, page, words),
    );
    expect(gh.searchParams.get('labels')).toBe('content');
    expect(gh.searchParams.get('title')).toBe('Ошибка на странице: Как открыть спор & не опоздать');
    expect(gh.searchParams.get('body')).toContain('Адрес: https://example.org/disputes/open-dispute/');
    const gl = new URL(
      feedbackHref(
        { kind: 'issues', url: 'https://gitlab.com/o/r/-/issues/new' },
        { ...page, updated: undefined },
        words,
      ),
    );
    expect(gl.searchParams.get('issue[title]')).toMatch(/^Ошибка на странице/);
    expect(gl.searchParams.get('issue[description]')).not.toContain('Обновлено');
  });

  it('the edit link opens the page source in the repository', () => {
    expect(sourceFileHref('https://github.com/o/r', 'main', 'content/guides/disputes/open-dispute.mdx')).toBe(
      'https://github.com/o/r/blob/main/content/guides/disputes/open-dispute.mdx',
    );
  });
});
