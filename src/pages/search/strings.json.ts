import { uiStrings } from '../../lib/ui.ts';

/** The search dialog's words, fetched with its module on first use (see src/scripts/search-strings.ts). */
export async function GET(): Promise<Response> {
  return new Response(await uiStrings(['searchUi']), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
