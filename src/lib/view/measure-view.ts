/**
 * One measure across subjects: per subject the preferred figure of its newest period
 * (with the range of what others say for that period and why one is preferred), its
 * series, and whether the subjects' figures can be set against each other at all.
 */
import { grainOf, periodEnd } from '../periods.ts';
import type { FigureInput } from './figures.ts';
import { preferred, REASON_TEXT } from './preferred.ts';
import { seriesOf, type SeriesPoint } from './series.ts';

export interface SubjectRow<T extends FigureInput> {
  /** Anchor on the measure page: platform-kuaishou. */
  anchor: string;
  subject: T extends { subject: infer S } ? S : never;
  latest: T;
  /** Other claims for the same newest period: their values' span and why `latest` is preferred. */
  conflict?: { lowText: string; highText: string; count: number; reason: string };
  series?: SeriesPoint<T>[];
  count: number;
}

export interface MeasureComparison<T extends FigureInput> {
  rows: SubjectRow<T>[];
  /** Why the latest figures of different subjects are not comparable, in words (empty when they are). */
  warnings: string[];
}

type WithSubject = FigureInput & { subject: { name: string; href: string; key: string }; note?: string };

export function compareSubjects<T extends WithSubject>(views: T[]): MeasureComparison<T> {
  const bySubject = new Map<string, T[]>();
  for (const v of views) bySubject.set(v.subject.key, [...(bySubject.get(v.subject.key) ?? []), v]);
  const rows = [...bySubject.entries()].map(([key, list]) => {
    const actual = list.filter((v) => v.kind !== 'forecast');
    const pool = actual.length ? actual : list;
    const end = (v: T) => (v.period ? periodEnd(v.period) : '');
    const newestEnd = pool.map(end).sort().at(-1);
    const newest = pool.filter((v) => end(v) === newestEnd);
    const pick = preferred(newest);
    const values = newest.map((v) => v.number);
    const lowest = newest[values.indexOf(Math.min(...values))];
    const highest = newest[values.indexOf(Math.max(...values))];
    const conflict =
      newest.length > 1 && lowest.number !== highest.number
        ? { lowText: lowest.valueText, highText: highest.valueText, count: newest.length, reason: REASON_TEXT[pick.reason] }
        : undefined;
    return {
      anchor: key.replace('/', '-'),
      subject: list[0].subject,
      latest: pick.best,
      conflict,
      series: seriesOf(list),
      count: list.length,
    } as SubjectRow<T>;
  });
  rows.sort((a, b) => b.latest.number - a.latest.number || a.anchor.localeCompare(b.anchor));
  const warnings: string[] = [];
  const grains = new Set(rows.map((r) => (r.latest.period ? grainOf(r.latest.period) : 'unknown')));
  if (grains.size > 1) warnings.push('各对象最新数字的时期长短不同（有的是全年，有的是季度、月份或区间），不能直接比较大小。');
  const years = new Set(rows.map((r) => r.latest.period?.slice(0, 4)));
  if (years.size > 1) warnings.push('各对象最新数字所属年份不同，比较时请看时期列。');
  const kinds = new Set(rows.map((r) => r.latest.kind));
  if (kinds.has('official') && kinds.size > 1) warnings.push('有的是官方披露，有的是媒体报道或第三方估算，可信度不同。');
  return { rows, warnings };
}
