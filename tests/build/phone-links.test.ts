import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';
import { KNOWN_PHONES } from '../../src/integrations/rehype-tel-links.ts';

const pages = builtPages();
const PHONE_TEXT = /8[-\u2011\u00a0 ]?800[-\u2011\u00a0 ]?\d{3}[-\u2011\u00a0 ]?\d{2}[-\u2011\u00a0 ]?\d{2}/;

describe('phone numbers', () => {
  it('every phone number a reader sees in the main text is a tel: link to a number from the fact sheet', () => {
    const plain: string[] = [];
    const unknown: string[] = [];
    let links = 0;
    for (const p of pages) {
      const $ = p.$;
      $('main a[href^="tel:"]').each((_, a) => {
        links++;
        const href = $(a).attr('href')!;
        if (!Object.values(KNOWN_PHONES).includes(href.slice(4))) unknown.push(`${p.url}: ${href}`);
      });
      const main = $('main').clone();
      main.find('a[href^="tel:"], script, template, [hidden], textarea').remove();
      if (PHONE_TEXT.test(main.text())) plain.push(p.url);
    }
    expect(unknown).toEqual([]);
    expect(plain).toEqual([]);
    expect(links).toBeGreaterThan(5);
  });
});
