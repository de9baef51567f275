import { describe, expect, it } from 'vitest';
import { resultCountRu } from './search-count.ts';
import { escapeHtml, glossaryRecordHtml, glossaryRecordUrl, glossaryTermsFromHtml } from './search-glossary.ts';
import { pickPopular, POPULAR_QUESTIONS } from './search-popular.ts';

describe('resultCountRu', () => {
  it('agrees the noun with the number', () => {
    expect([0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map(resultCountRu)).toEqual([
      '0\u00a0результатов',
      '1\u00a0результат',
      '2\u00a0результата',
      '4\u00a0результата',
      '5\u00a0результатов',
      '11\u00a0результатов',
      '12\u00a0результатов',
      '21\u00a0результат',
      '22\u00a0результата',
      '25\u00a0результатов',
      '101\u00a0результат',
      '111\u00a0результатов',
    ]);
  });
});

describe('glossary records', () => {
  const set = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    hasDefinedTerm: [
      {
        '@type': 'DefinedTerm',
        name: 'Спор',
        description: 'Заявка на возврат <денег>.',
        url: 'https://example.org/glossary/#dispute',
      },
      { '@type': 'DefinedTerm', name: 'Без адреса', description: 'x' },
      { '@type': 'DefinedTerm', name: 'Без якоря', description: 'x', url: 'https://example.org/glossary/' },
    ],
  };
  const html = `<script type="application/ld+json">{"@type":"BreadcrumbList"}</script><script type="application/ld+json">${JSON.stringify(set)}</script><script type="application/ld+json">{broken</script>`;

  it('reads every term with a name, a definition and an anchor from the page JSON-LD', () => {
    expect(glossaryTermsFromHtml(html)).toEqual([
      { anchor: 'dispute', term: 'Спор', definition: 'Заявка на возврат <денег>.' },
    ]);
    expect(glossaryTermsFromHtml('')).toEqual([]);
  });

  it('writes an escaped record filtered as a glossary kind, addressed at the anchor', () => {
    const [term] = glossaryTermsFromHtml(html);
    const record = glossaryRecordHtml(term!, 'Словарь');
    expect(record).toContain('<html lang="ru">');
    expect(record).toContain('data-pagefind-body');
    expect(record).toContain('data-pagefind-filter="kind:Словарь"');
    expect(record).toContain('<h1 data-pagefind-meta="title">Спор</h1>');
    expect(record).toContain('Заявка на возврат &#60;денег&#62;.');
    expect(glossaryRecordUrl('/glossary/', term!)).toBe('/glossary/#dispute');
    expect(escapeHtml(`"'&`)).toBe('&#34;&#39;&#38;');
  });
});

describe('pickPopular', () => {
  it('keeps the order of the list and skips questions missing from the content', () => {
    const entries = [{ id: 'how-to-get-refund' }, { id: 'parcel-not-arrived' }, { id: 'other' }];
    expect(pickPopular(entries).map((e) => e.id)).toEqual(['parcel-not-arrived', 'how-to-get-refund']);
    expect(POPULAR_QUESTIONS.length).toBeGreaterThanOrEqual(4);
  });
});
