/**
 * Charts that travel to a slide: a time series (src/lib/view/series.ts) as a standalone
 * SVG with its title, source line and atlas URL drawn in (as Our World in Data's
 * downloads are), the same as PNG (rendered at build time with resvg), and a .pptx
 * whose slide holds a native, editable line chart and the source line.
 *
 * The parts live in chart-export/, one file for each thing they hold: which series
 * exist and their addresses (series.ts), the words every export carries
 * (source-line.ts), the SVG drawing (svg.ts), the PNG rendering (png.ts) and its font
 * subset (font-subset.ts), and the slide (pptx.ts). This file is the one place pages,
 * components and tests import from, so a page that only needs a slug need not know
 * the layout; the heavy libraries (resvg, pptxgenjs, JSZip) load on first use.
 */
export {
  ATLAS_NAME,
  chartHrefs,
  chartSlug,
  exportSeries,
  SITE_FALLBACK,
  siteUrl,
  type ExportClaim,
  type ExportSeries,
} from './chart-export/series.ts';
export { atlasLine, pageUrl, SLIDE_SUBTITLE, sourceLines, sourcesOf, SUBTITLE } from './chart-export/source-line.ts';
export { chartSvg, escapeXml, wrapText } from './chart-export/svg.ts';
export { CJK_FONT } from './chart-export/font-subset.ts';
export { chartPng } from './chart-export/png.ts';
export { chartPptx, chartScale } from './chart-export/pptx.ts';
