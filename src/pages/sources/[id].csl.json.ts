/** CSL-JSON for one source, for reference managers. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas.ts';
import { toCsl } from '../../lib/view/cite/csl.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return atlas.sources.map((entry) => ({ params: { id: entry.id } }));
}
export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  return new Response(JSON.stringify([toCsl(atlas.byId.sources.get(params.id!)!.data)], null, 2), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
};
