import { ru } from '../i18n/ru.ts';
import { SECTION_IDS } from './sections.ts';

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links: the problems first (where most readers start), then the sections, FAQ and checklists. */
export const mainNav: NavLink[] = [
  ...SECTION_IDS.map((id) => ({ href: `/${id}/`, label: ru.sections[id].label })),
  { href: '/faq/', label: ru.nav.faq },
  { href: '/checklists/', label: ru.nav.checklists },
  { href: '/tools/triage/', label: ru.nav.tools },
];

/** True when `current` is the link's page or lies below it, for aria-current. */
export function isCurrent(href: string, current: string): boolean {
  if (href === '/') return current === '/';
  return current === href || current.startsWith(href) || (href.startsWith('/tools/') && current.startsWith('/tools/'));
}
