import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { recentlyUpdatedGuides } from '../../content/queries.ts';
import { guideUrl } from '../../lib/sections.ts';
import { isoDate } from '../../lib/dates-ru.ts';
import { siteConfig } from '../../lib/site-config.ts';
import { useT } from '../../lib/ui.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/**
 * RSS 2.0 of the most recently updated guides (the list on /updates/). Each item's guid carries the updated date,
 * so a reader's feed program shows a guide again when it is updated, not only when it first appears.
 */
export const GET: APIRoute = async ({ site }) => {
  const t = await useT();
  const origin = site ?? new URL(siteConfig().siteUrl);
  const guides = await recentlyUpdatedGuides();
  return rss({
    title: plain(t('publish.updates.feedTitle')),
    description: plain(t('publish.updates.feedDescription')),
    site: origin,
    customData: '<language>ru</language>',
    items: guides.map((g) => {
      const link = new URL(guideUrl(g.id), origin).href;
      return {
        title: plain(g.title),
        link,
        pubDate: g.updated,
        description: plain(g.description),
        customData: `<guid isPermaLink="false">${link}#${isoDate(g.updated)}</guid>`,
      };
    }),
  });
};
