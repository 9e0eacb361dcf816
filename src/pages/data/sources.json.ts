import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas.ts';
import { entryHref } from '../../schemas/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  // The `text` field only locates our private copy for quote checks; it is not published.
  const sources = atlas.sources.map(({ id, data: { text: _text, ...rest } }) => ({ ...rest, id, url_on_site: new URL(entryHref('sources', id), site).href }));
  return new Response(JSON.stringify({ licence: 'CC-BY-4.0', count: sources.length, sources }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
