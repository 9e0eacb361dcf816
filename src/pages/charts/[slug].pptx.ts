/**
 * /charts/<subject>--<measure>.pptx: one slide with the title, a native line chart that
 * PowerPoint, Keynote and WPS can edit, and the source line with the atlas link.
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE, claimView, getAtlas } from '../../atlas.ts';
import { chartPptx, exportSeries, type ExportSeries } from '../../lib/view/chart-export.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  const views = atlas.claims.map((c) => claimView(atlas, c));
  return exportSeries(views, (id) => atlas.byId.measures.get(id)?.data.unit).map((series) => ({ params: { slug: series.slug }, props: { series } }));
}

export const GET: APIRoute<{ series: ExportSeries }> = async ({ props, site }) =>
  new Response(new Uint8Array(await chartPptx(props.series, site, BUILD_DATE)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
