/**
 * The words every export carries besides the chart: the source line (who said each
 * figure, where and when), the atlas line with the page's address, and the subtitle
 * that says how each period's figure is chosen. SVG, PNG and PPTX print the same text.
 */
import { ATLAS_NAME, siteUrl, type ExportSeries } from './series.ts';

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
export const SLIDE_SUBTITLE = '每期取最可信的一条（官方披露优先）。';
