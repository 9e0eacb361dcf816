/** The traditional→simplified table, limited to characters the site contains (the search page reads it in shards: /search/dict/). */
import type { APIRoute } from 'astro';
import { siteTraditionalTable } from '../../lib/view/search-answer-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await siteTraditionalTable()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
