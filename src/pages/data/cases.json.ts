import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas.ts';
import { entryHref } from '../../schemas/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  const cases = atlas.cases.map((c) => ({
    id: c.id,
    url: new URL(entryHref('cases', c.id), site).href,
    ...c.data,
    claims: (atlas.claimsBySubject.get(`case/${c.id}`) ?? []).map((claim) => new URL(entryHref('claims', claim.id), site).href),
  }));
  return new Response(JSON.stringify({ licence: 'CC-BY-4.0', count: cases.length, cases }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
