/** CSL-JSON for one case page of the atlas (what its cite box renders), for reference managers. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../atlas.ts';
import { datesOf } from '../../../latest.ts';
import { casePageCsl } from '../../../lib/view/cite/page.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  return atlas.cases.map((entry) => ({ params: { id: entry.id } }));
}
export const GET: APIRoute = async ({ params, site }) => {
  const atlas = await getAtlas();
  const entry = atlas.byId.cases.get(params.id!)!;
  const item = casePageCsl(entry.id, entry.data.name, site, await datesOf('cases', entry.id));
  return new Response(JSON.stringify([item], null, 2), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
