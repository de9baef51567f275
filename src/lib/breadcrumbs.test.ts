import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd } from './breadcrumbs.ts';

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 and makes every link absolute on the site', () => {
    const ld = breadcrumbJsonLd(
      [
        { label: 'Главная', href: '/' },
        { label: 'Споры', href: '/disputes/' },
      ],
      'https://example.org',
    );
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Главная', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Споры', item: 'https://example.org/disputes/' },
    ]);
  });
});
