/**
 * Everything one measure's page shows: each subject's latest preferred figure with its
 * 口径 note, the series worth drawing, the full claim list (capped) and the bars.
 */
import { claimView, type Atlas, type MeasureEntry } from '../../atlas.ts';
import type { SearchInfo } from '../../components/SearchMeta.astro';
import { listHref } from '../../schemas/index.ts';
import { chartSlug } from './chart-export.ts';
import { groupForComparison } from './compare.ts';
import { capped } from './limits.ts';
import { compareSubjects } from './measure-view.ts';

/** Rows of the full table: the by-subject table above already shows every subject. */
const MEASURE_ROWS = 30;
/** Series charts per measure page, so a measure with hundreds of claims stays one light page. */
const SERIES_CHARTS = 4;
/**
 * Subjects in the by-subject table: every subject the real atlas has for any measure (27 at
 * most today), while a measure with hundreds of subjects stays one light page; the rest
 * are a click away in the claim explorer.
 */
const SUBJECT_ROWS = 30;
/** Subjects in the bar chart. */
const BARS = 20;
const NOTE_ROOM = 90;
const short = (text?: string) => (text && [...text].length > NOTE_ROOM ? [...text].slice(0, NOTE_ROOM - 1).join('') + '…' : text);

export function measurePage(atlas: Atlas, entry: MeasureEntry) {
  const d = entry.data;
  const views = (atlas.claimsByMeasure.get(entry.id) ?? []).map((c) => claimView(atlas, c));
  const ordered = groupForComparison(views.map((v) => ({ ...v, subjectKey: v.subject.href, subjectName: v.subject.name }))).flatMap((g) => g.rows);
  const comparison = compareSubjects(views.map((v) => ({ ...v, note: atlas.byId.claims.get(v.id)!.data.note })));
  // One bar per subject: its latest preferred figure (the table says which period each is).
  const chartable = comparison.rows.slice(0, BARS).map((r) => r.latest);
  const abbr = d.abbr ? [d.abbr] : [];
  const search: SearchInfo = { names: [d.name, d.en, ...abbr], type: '指标', keywords: [d.en, ...abbr] };
  return {
    title: `${d.name}${d.abbr ? `（${d.abbr}）` : ''}：各平台与案例对比`,
    description: `${d.definition} 共${views.length}条数据，注明时期、类型与来源。`,
    search,
    views,
    hiddenSubjects: Math.max(0, comparison.rows.length - SUBJECT_ROWS),
    rows: comparison.rows.slice(0, SUBJECT_ROWS).map((r) => ({
      ...r,
      why: `${r.conflict ? `同期 ${r.conflict.count} 条说法在 ${r.conflict.lowText} 至 ${r.conflict.highText} 之间；${r.conflict.reason}。` : ''}${short(r.latest.note) ?? ''}`,
    })),
    warnings: comparison.warnings,
    series: comparison.rows
      .filter((r) => r.series)
      .slice(0, SERIES_CHARTS)
      .map((r) => ({
        series: r.series!,
        title: `${r.subject.name}的${d.name}`,
        description: `${r.subject.name}的${d.name}，每期取最可信的一条；点击圆点查看出处。`,
        downloads: chartSlug(r.subject.key, entry.id),
      })),
    table: { ...capped(ordered, MEASURE_ROWS), allHref: `${listHref('claims')}?measure=${entry.id}` },
    // Bars start at zero: a ratio, or any negative value (a decline), would be drawn wrongly.
    bars:
      d.unit !== 'ratio' && chartable.length > 1 && chartable.every((v) => v.low >= 0)
        ? chartable.map((v) => ({
            label: `${v.subject.name}·${v.periodText}`,
            low: v.low,
            high: v.high,
            valueText: v.valueText,
            href: v.href,
            muted: v.kind === 'forecast',
          }))
        : [],
  };
}
