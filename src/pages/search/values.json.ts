/** Every stated value → the subjects that have a claim with it, for queries that are a number (5500万). */
import type { APIRoute } from 'astro';
import { valueIndex } from '../../lib/view/search-answer-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await valueIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
