import type { T } from './i18n.ts';
import { SECTION_IDS } from './sections.ts';

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links: the problems first (where most readers start), then the sections, FAQ and checklists. */
export function mainNav(t: T): NavLink[] {
  return [
    ...SECTION_IDS.map((id) => ({ href: `/${id}/`, label: t(`sections.${id}.label`) })),
    { href: '/faq/', label: t('nav.faq') },
    { href: '/checklists/', label: t('nav.checklists') },
    { href: '/tools/triage/', label: t('nav.tools') },
  ];
}

/** True when `current` is the link's page or lies below it, for aria-current. */
export function isCurrent(href: string, current: string): boolean {
  if (href === '/') return current === '/';
  return current === href || current.startsWith(href) || (href.startsWith('/tools/') && current.startsWith('/tools/'));
}
