/** The search page's dictionary of subject and measure names (src/lib/view/search-answers.ts). */
import type { APIRoute } from 'astro';
import { searchDictionary } from '../../lib/view/search-answer-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchDictionary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
