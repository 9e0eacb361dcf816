/**
 * Charts that travel to a slide: a time series (src/lib/view/series.ts) as a standalone
 * SVG with its title, source line and atlas URL drawn in (as Our World in Data's
 * downloads are), the same as PNG (rendered at build time with resvg), and a .pptx
 * whose slide holds a native, editable line chart and the source line.
 * The heavy libraries load on first use, so pages that only need a slug stay light.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Unit } from '../../schemas/measure.ts';
import { layoutLine, seriesOf, type SeriesInput, type SeriesPoint } from './series.ts';

/** Where the atlas lives when neither Astro's `site` nor import.meta.env.SITE says. */
export const SITE_FALLBACK = 'https://commerce-atlas.github.io';
export const ATLAS_NAME = '电商图谱 Commerce Atlas';

/** What a chart export needs of each claim (a ClaimView has all of it). */
export interface ExportClaim extends SeriesInput {
  claimant: string;
  source: { id: string; title: string; outlet: string; published?: string };
  subject: { name: string; key: string; href: string };
  measure: { id: string; name: string };
}

export interface ExportSeries<T extends ExportClaim = ExportClaim> {
  slug: string;
  subjectKey: string;
  measureId: string;
  title: string;
  /** The page that lists these claims (the subject's page), site-relative. */
  pageHref: string;
  unit?: Unit;
  points: SeriesPoint<T>[];
}

/** platform/kuaishou + gmv → platform-kuaishou--gmv */
export function chartSlug(subjectKey: string, measureId: string): string {
  return `${subjectKey.replace('/', '-')}--${measureId}`;
}

export function chartHrefs(slug: string): { svg: string; png: string; pptx: string } {
  return { svg: `/charts/${slug}.svg`, png: `/charts/${slug}.png`, pptx: `/charts/${slug}.pptx` };
}

/** The site's origin without a trailing slash: Astro's `site`, else import.meta.env.SITE, else the fallback. */
export function siteUrl(site?: URL | string): string {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env?.SITE;
  return String(site ?? env ?? SITE_FALLBACK).replace(/\/+$/, '');
}

/**
 * Every subject × measure series of three or more points, exactly as SeriesChart draws
 * them on subject and measure pages (the same `seriesOf` over the same claims).
 */
export function exportSeries<T extends ExportClaim>(
  views: T[],
  unitOf: (measureId: string) => Unit | undefined = () => undefined,
): ExportSeries<T>[] {
  const groups = new Map<string, T[]>();
  for (const v of views) {
    const key = chartSlug(v.subject.key, v.measure.id);
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  const out: ExportSeries<T>[] = [];
  for (const [slug, list] of groups) {
    const points = seriesOf(list);
    if (!points) continue;
    const { subject, measure } = list[0];
    out.push({
      slug,
      subjectKey: subject.key,
      measureId: measure.id,
      title: `${subject.name}的${measure.name}`,
      pageHref: subject.href,
      unit: unitOf(measure.id),
      points,
    });
  }
  return out.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Text safe in XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** More than this many documents behind a chart and the footer names them in one line. */
const LISTED_SOURCES = 3;

interface SourceDoc {
  id: string;
  title: string;
  outlet: string;
  published?: string;
  claimants: string[];
}

/** The distinct documents behind a series, newest point first, with who said what in each. */
export function sourcesOf(series: Pick<ExportSeries, 'points'>): SourceDoc[] {
  const docs = new Map<string, SourceDoc>();
  for (const p of [...series.points].reverse()) {
    const { source, claimant } = p.claim;
    const doc = docs.get(source.id) ?? { id: source.id, title: source.title, outlet: source.outlet, published: source.published, claimants: [] };
    if (!doc.claimants.includes(claimant)) doc.claimants.push(claimant);
    docs.set(source.id, doc);
  }
  return [...docs.values()];
}

const byCount = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
};

/** One document as a source line names it: 快手科技：《…》，快手科技，2024-03-20. */
const docText = (d: SourceDoc) => `${d.claimants.join('、')}：《${d.title}》，${d.outlet}${d.published ? `，${d.published}` : ''}`;

/**
 * The source line: each document with its claimant when there are few; otherwise one
 * line naming the claimants, the main outlets, how many documents and which years,
 * pointing to the page that lists every period's source (atlasLine, always below it).
 */
export function sourceLines(series: ExportSeries): string[] {
  const docs = sourcesOf(series);
  if (docs.length <= LISTED_SOURCES) return docs.map((d, i) => `${i ? '' : '来源：'}${docText(d)}${i === docs.length - 1 ? '。' : '；'}`);
  const claimants = byCount(docs.flatMap((d) => d.claimants));
  const outlets = byCount(docs.map((d) => d.outlet));
  const years = docs
    .map((d) => d.published?.slice(0, 4))
    .filter((y): y is string => !!y)
    .sort();
  const span = years.length ? `（${years[0] === years.at(-1) ? years[0] : `${years[0]}–${years.at(-1)}`}）` : '';
  const who = claimants.slice(0, 3).join('、') + (claimants.length > 3 ? '等' : '');
  const from = outlets.slice(0, 2).join('、');
  // The atlas line that follows every source line gives the page's address.
  return [`来源：${who}；见${from}${/[A-Za-z0-9]$/.test(from) ? ' ' : ''}等 ${docs.length} 份文件${span}，逐期出处见下方网页。`];
}

export function pageUrl(series: Pick<ExportSeries, 'pageHref'>, site?: URL | string): string {
  return `${siteUrl(site)}${series.pageHref}`;
}

/** The atlas line every export carries: name and the chart's page. */
export function atlasLine(series: ExportSeries, site?: URL | string): string {
  return `${ATLAS_NAME} · ${pageUrl(series, site)}`;
}

/** Under the title: how each period's figure is chosen (the slide's chart has no hollow points, so it says less). */
export const SUBTITLE = '每期取最可信的一条（官方披露优先）；实心点为官方披露，空心点为媒体报道或估算。';
const SLIDE_SUBTITLE = '每期取最可信的一条（官方披露优先）。';

// ---- SVG ----------------------------------------------------------------------

const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const WIDTH = 800;
const MARGIN = 24;

/** Width of a text in em: CJK and full-width characters one em, the rest about half. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff
        ? 1
        : /[A-Z0-9mwMW@%]/.test(ch)
          ? 0.62
          : 0.52;
  return w;
}

/** Break a text into lines of at most `maxEm` em, between CJK characters or at spaces. */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,:;/?&=%#_~+@'"()\-–—]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.trim() && emWidth(line + token) > maxEm && !/^[，。；：、）》,.;:)]/.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
    // A single token wider than a line (a long URL) is cut where it must be.
    while (emWidth(line) > maxEm) {
      let cut = line.length;
      while (cut > 1 && emWidth(line.slice(0, cut)) > maxEm) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A standalone SVG of the series: title, line with labelled points, source line and atlas URL. */
export function chartSvg(series: ExportSeries, site?: URL | string): string {
  const esc = escapeXml;
  const chartTop = 78;
  const g = layoutLine(series.points, { width: WIDTH, height: 300, labelGap: 78 });
  const footSize = 12;
  const maxEm = (WIDTH - 2 * MARGIN) / footSize;
  const foot = [...sourceLines(series).flatMap((l) => wrapText(l, maxEm)), ...wrapText(atlasLine(series, site), maxEm)];
  const footTop = chartTop + g.height + 22;
  const height = footTop + foot.length * 18 + 14;
  const titleLines = wrapText(series.title, (WIDTH - 2 * MARGIN) / 22).slice(0, 1);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(FONT_FAMILY)}">`,
  );
  out.push(`<title>${esc(series.title)}</title>`);
  out.push(`<desc>${esc([SUBTITLE, ...sourceLines(series), atlasLine(series, site)].join(' '))}</desc>`);
  out.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${MARGIN}" y="40" font-size="22" font-weight="700" fill="#111111">${esc(titleLines[0] ?? '')}</text>`);
  out.push(`<text x="${MARGIN}" y="64" font-size="13" fill="#555555">${esc(SUBTITLE)}</text>`);
  out.push(`<g transform="translate(0 ${chartTop})">`);
  out.push(`<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${g.plot.bottom}" y2="${g.plot.bottom}" stroke="#999999" stroke-width="1"/>`);
  out.push(`<path d="${g.path}" fill="none" stroke="#1f5fa8" stroke-width="2.5" stroke-linejoin="round"/>`);
  for (const p of g.points) {
    const official = p.claim.kind === 'official';
    out.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="4.5" fill="${official ? '#1f5fa8' : '#ffffff'}" stroke="#1f5fa8" stroke-width="2"/>`,
    );
    if (p.labelled) {
      out.push(
        `<text x="${p.x.toFixed(1)}" y="${(p.y - 10).toFixed(1)}" font-size="12" text-anchor="middle" fill="#111111">${esc(p.claim.valueText)}</text>`,
      );
      out.push(
        `<text x="${p.x.toFixed(1)}" y="${g.plot.bottom + 18}" font-size="11" text-anchor="middle" fill="#555555">${esc(p.claim.periodText)}</text>`,
      );
    }
  }
  out.push('</g>');
  out.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${footTop - 14}" y2="${footTop - 14}" stroke="#dddddd" stroke-width="1"/>`);
  foot.forEach((line, i) => out.push(`<text x="${MARGIN}" y="${footTop + i * 18}" font-size="${footSize}" fill="#555555">${esc(line)}</text>`));
  out.push('</svg>');
  return out.join('\n') + '\n';
}

// ---- PNG ----------------------------------------------------------------------

/** Debian's fonts-noto-cjk (CI installs it): without a CJK font the Chinese would draw as boxes. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CJK_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
/** Faces in Noto Sans CJK's collections: JP, KR, SC, TC, HK …; Simplified Chinese is the third. */
const SC_FACE = 2;

/**
 * resvg reads a font file anew for every glyph it draws, so a 20 MB collection costs about
 * a second per chart. The faces are cut (HarfBuzz's subsetter, in WebAssembly) to the
 * characters the charts use, once per set of characters, into small temporary files.
 */
interface Subsetter {
  subset(text: string): Buffer[];
}

let subsetter: Promise<Subsetter | undefined> | undefined;
function loadSubsetter(files: string[]): Promise<Subsetter | undefined> {
  subsetter ??= (async () => {
    try {
      const require = createRequire(join(process.cwd(), 'package.json'));
      const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
      const { instance } = await WebAssembly.instantiate(wasm);
      const hb = instance.exports as Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };
      (hb._initialize as (() => void) | undefined)?.();
      const faces = files.map((file) => {
        const bytes = readFileSync(file);
        const ptr = hb.malloc(bytes.byteLength);
        new Uint8Array(hb.memory.buffer).set(bytes, ptr);
        const blob = hb.hb_blob_create(ptr, bytes.byteLength, 1 /* read-only */, 0, 0);
        const face = hb.hb_face_create(blob, SC_FACE);
        hb.hb_blob_destroy(blob);
        return face;
      });
      return {
        subset(text: string) {
          return faces.map((face) => {
            const input = hb.hb_subset_input_create_or_fail();
            const unicodes = hb.hb_subset_input_unicode_set(input);
            for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
            const out = hb.hb_subset_or_fail(face, input);
            hb.hb_subset_input_destroy(input);
            if (!out) throw new Error('HarfBuzz could not subset the CJK font');
            const blob = hb.hb_face_reference_blob(out);
            // Copy out before the next call can grow (and move) the wasm memory.
            const data = Buffer.from(new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)));
            hb.hb_blob_destroy(blob);
            hb.hb_face_destroy(out);
            return data;
          });
        },
      };
    } catch {
      return undefined; // the whole collection then, slower but the same picture
    }
  })();
  return subsetter;
}

let fontDir: string | undefined;
const subsetFiles = new Map<string, Promise<string[]>>();

/** Font files covering `text`: subsets of Noto Sans CJK SC (regular and bold), or the collections themselves. */
async function cjkFontFiles(text: string): Promise<string[]> {
  const files = [CJK_FONT, ...(existsSync(CJK_BOLD) ? [CJK_BOLD] : [])];
  const key = [...new Set(text)].sort().join('');
  // (A chart's characters are usually all in `fontText` already: then the key is the same.)
  let hit = subsetFiles.get(key);
  if (!hit) {
    hit = (async () => {
      const hb = await loadSubsetter(files);
      if (!hb) return files;
      if (!fontDir) {
        const dir = mkdtempSync(join(tmpdir(), 'atlas-chart-fonts-'));
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
        fontDir = dir;
      }
      return hb.subset(key).map((data, i) => {
        const path = join(fontDir!, `${createHash('sha256').update(key).digest('hex').slice(0, 12)}-${i}.otf`);
        writeFileSync(path, data);
        return path;
      });
    })();
    subsetFiles.set(key, hit);
  }
  return hit;
}

let lastFontText = '';
let lastFontChars = '';

/**
 * The SVG as PNG at twice its size (sharp on a slide), white background. `fontText`:
 * the text of every chart to be rendered, so one font subset serves them all.
 */
export async function chartPng(svg: string, fontText = ''): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const family = 'Noto Sans CJK SC';
  if (fontText !== lastFontText) [lastFontText, lastFontChars] = [fontText, textOf(fontText)];
  const font = existsSync(CJK_FONT)
    ? { fontFiles: await cjkFontFiles(lastFontChars + textOf(svg)), loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family }
    : { loadSystemFonts: true };
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font }).render().asPng();
}

/** The characters an SVG draws (its text content, entities decoded), or any plain text as it is. */
function textOf(svgOrText: string): string {
  if (!svgOrText.startsWith('<')) return svgOrText;
  return [...svgOrText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!))
    .join('');
}

// ---- PPTX ---------------------------------------------------------------------

const UNIT_WORD: Partial<Record<Unit, string>> = {
  cny: '元',
  people: '人',
  percent: '%',
  count: '个',
  times: '倍',
  hours: '小时',
  minutes: '分钟',
  days: '天',
  years: '年',
};

/** The scale the slide's chart is drawn in: 亿元 for billions of yuan, 万人 for tens of thousands of people … */
export function chartScale(series: Pick<ExportSeries, 'points' | 'unit'>): { factor: number; label: string } {
  const word = series.unit ? (UNIT_WORD[series.unit] ?? '') : '';
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
