import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas.ts';
import { toCsl } from '../../lib/view/cite/csl.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  return new Response(JSON.stringify(atlas.sources.map((s) => toCsl(s.data)), null, 2), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
