/**
 * /charts/<subject>--<measure>.png: the chart's SVG rendered to PNG at build time with
 * resvg, in Noto Sans CJK cut to the characters every chart uses (one font subset for
 * the whole build).
 */
import type { APIRoute } from 'astro';
import { claimView, getAtlas } from '../../atlas.ts';
import { chartPng, chartSvg, exportSeries, type ExportSeries } from '../../lib/view/chart-export.ts';

async function allSeries() {
  const atlas = await getAtlas();
  const views = atlas.claims.map((c) => claimView(atlas, c));
  return exportSeries(views, (id) => atlas.byId.measures.get(id)?.data.unit);
}

export async function getStaticPaths() {
  return (await allSeries()).map((series) => ({ params: { slug: series.slug }, props: { series } }));
}

let fontText: Promise<string> | undefined;

export const GET: APIRoute<{ series: ExportSeries }> = async ({ props, site }) => {
  fontText ??= allSeries().then((all) => all.map((s) => chartSvg(s, site)).join(''));
  const png = await chartPng(chartSvg(props.series, site), await fontText);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
