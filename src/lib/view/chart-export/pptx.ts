/**
 * The chart as a one-slide .pptx: title, a native line chart that PowerPoint, Keynote
 * and WPS can edit (its data is an embedded sheet), the source line with the page's
 * link, and every period's source in the speaker notes. pptxgenjs and JSZip load on
 * first use. The file is made byte-stable (`settled`), so the same data gives the same file.
 */
import { UNIT_LABEL } from '../labels.ts';
import { ATLAS_NAME, type ExportSeries } from './series.ts';
import { pageUrl, SLIDE_SUBTITLE, sourceLines } from './source-line.ts';

/** The scale the slide's chart is drawn in: 亿元 for billions of yuan, 万人 for tens of thousands of people … */
export function chartScale(series: Pick<ExportSeries, 'points' | 'unit'>): { factor: number; label: string } {
  // A ratio has no unit word on the axis (its label describes the notation, not a unit).
  const word = series.unit && series.unit !== 'ratio' ? UNIT_LABEL[series.unit] : '';
  if (series.unit === 'percent' || series.unit === 'ratio') return { factor: 1, label: word };
  const max = Math.max(...series.points.map((p) => Math.abs(p.claim.number)));
  const [factor, prefix] = max >= 1e8 ? [1e8, '亿'] : max >= 1e4 ? [1e4, '万'] : [1, ''];
  return { factor, label: prefix + (word === '个' && prefix ? '' : word) };
}

/**
 * A .pptx with one slide: title, a native line chart (editable in PowerPoint, Keynote,
 * WPS: its data is an embedded sheet) and the source line with the page's link.
 * `date` (YYYY-MM-DD) dates the file, so the same data gives the same bytes.
 */
export async function chartPptx(series: ExportSeries, site?: URL | string, date?: string): Promise<Buffer> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = ATLAS_NAME;
  pptx.company = ATLAS_NAME;
  pptx.title = series.title;
  pptx.subject = series.points[0].claim.measure.name;
  const slide = pptx.addSlide();
  const face = 'Microsoft YaHei';
  slide.addText(series.title, { x: 0.5, y: 0.3, w: 12.33, h: 0.7, fontSize: 28, bold: true, fontFace: face, color: '111111' });
  slide.addText(SLIDE_SUBTITLE, { x: 0.5, y: 0.95, w: 12.33, h: 0.4, fontSize: 12, fontFace: face, color: '555555' });
  const { factor, label } = chartScale(series);
  const name = label ? `${series.points[0].claim.measure.name}（${label}）` : series.points[0].claim.measure.name;
  slide.addChart(
    pptx.ChartType.line,
    [
      {
        name,
        labels: series.points.map((p) => p.claim.periodText),
        values: series.points.map((p) => Number((p.claim.number / factor).toPrecision(6))),
      },
    ],
    {
      x: 0.5,
      y: 1.45,
      w: 12.33,
      h: 4.45,
      chartColors: ['1F5FA8'],
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
      showValue: true,
      dataLabelPosition: 't',
      dataLabelFontSize: 10,
      dataLabelFormatCode: 'General',
      showLegend: false,
      showTitle: false,
      valAxisMinVal: 0,
      valAxisLabelFormatCode: 'General',
      valAxisLabelFontSize: 10,
      catAxisLabelFontSize: 10,
      showValAxisTitle: !!label,
      valAxisTitle: label,
      valAxisTitleFontSize: 10,
      valGridLine: { color: 'E5E5E5', size: 0.5 },
    },
  );
  const source = sourceLines(series).join('');
  const url = pageUrl(series, site);
  slide.addText([{ text: source, options: { breakLine: true } }, { text: `${ATLAS_NAME} · ` }, { text: url, options: { hyperlink: { url } } }], {
    x: 0.5,
    y: 6.05,
    w: 12.33,
    h: 1.15,
    fontSize: 11,
    fontFace: face,
    color: '555555',
    valign: 'top',
  });
  // Every period's own source, for the speaker notes.
  slide.addNotes(
    series.points
      .map(
        (p) =>
          `${p.claim.periodText}：${p.claim.valueText}（${p.claim.claimant}；《${p.claim.source.title}》，${p.claim.source.outlet}${p.claim.source.published ? `，${p.claim.source.published}` : ''}）`,
      )
      .join('\n'),
  );
  return settled((await pptx.write({ outputType: 'nodebuffer' })) as Buffer, date);
}

/**
 * pptxgenjs numbers charts across every deck a process makes (chart1, chart2 … chart45),
 * and dates files by the clock. Each deck here has one chart: call it chart1, and date
 * the document, its chart's embedded sheet and their zip entries by `date`, so the same
 * data gives the same file.
 */
async function settled(pptx: Buffer, date?: string): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(pptx);
  const when = new Date(`${date ?? '2000-01-01'}T00:00:00Z`);
  const out = new JSZip();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const name = file.name.replace(/chart\d+\.xml/, 'chart1.xml').replace(/Microsoft_Excel_Worksheet\d+\.xlsx/, 'Microsoft_Excel_Worksheet1.xlsx');
    if (/\.(xml|rels)$/.test(file.name)) {
      let text = (await file.async('string'))
        .replace(/chart\d+\.xml/g, 'chart1.xml')
        .replace(/Microsoft_Excel_Worksheet\d+\.xlsx/g, 'Microsoft_Excel_Worksheet1.xlsx');
      if (date && file.name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}T00:00:00Z`);
      out.file(name, text, { date: when, createFolders: false });
    } else if (file.name.endsWith('.xlsx')) out.file(name, await settled(await file.async('nodebuffer'), date), { date: when, createFolders: false });
    else out.file(name, await file.async('uint8array'), { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
