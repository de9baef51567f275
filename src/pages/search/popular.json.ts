import { getCollection } from 'astro:content';
import { pickPopular } from '../../features/search/search-popular.ts';

/**
 * The questions the search dialog offers before the reader types and when nothing is found. Served as a small
 * JSON file so that pages do not carry the dialog's empty state in their HTML; fetched only when search opens.
 */
export async function GET(): Promise<Response> {
  const popular = pickPopular(await getCollection('faq')).map((e) => ({
    href: `/faq/${e.id}/`,
    title: e.data.question,
  }));
  return new Response(JSON.stringify(popular), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
