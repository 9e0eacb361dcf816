/**
 * /charts/<subject>--<measure>.svg: a time series as a standalone SVG with its title,
 * source line and the atlas URL drawn in (src/lib/view/chart-export.ts).
 */
import type { APIRoute } from 'astro';
import { claimView, getAtlas } from '../../atlas.ts';
import { chartSvg, exportSeries, type ExportSeries } from '../../lib/view/chart-export.ts';

export async function getStaticPaths() {
  const atlas = await getAtlas();
  const views = atlas.claims.map((c) => claimView(atlas, c));
  return exportSeries(views, (id) => atlas.byId.measures.get(id)?.data.unit).map((series) => ({ params: { slug: series.slug }, props: { series } }));
}

export const GET: APIRoute<{ series: ExportSeries }> = ({ props, site }) =>
  new Response(chartSvg(props.series, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
