export interface Crumb {
  label: string;
  href: string;
}

/** schema.org BreadcrumbList for the same trail the page shows. */
export function breadcrumbJsonLd(items: Crumb[], site: URL | string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: new URL(item.href, site).href,
    })),
  };
}
