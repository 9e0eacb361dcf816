/**
 * Key figures first: for one subject, the headline measures (scale, users, 客单价 …),
 * each with its latest preferred figure and, when three or more periods exist, its
 * series; everything else follows in the full table.
 */
import { periodEnd } from '../periods.ts';
import type { MeasureTier } from '../../schemas/measure.ts';
import { preferred, REASON_SHORT, type Rankable } from './preferred.ts';
import { seriesOf, type SeriesInput, type SeriesPoint } from './series.ts';

export interface FigureInput extends SeriesInput, Rankable {
  measure: { id: string; name: string; href: string };
  tier: MeasureTier;
}

export interface KeyFigure<T extends FigureInput> {
  measure: T['measure'];
  /** The preferred claim of the newest period. */
  latest: T;
  /** Why it is shown rather than the other claims for that period, when there are any (two words). */
  reason?: string;
  /** How many other claims speak to the same newest period. */
  alternatives: number;
  /** How many claims there are for this measure in all. */
  count: number;
  series?: SeriesPoint<T>[];
}

const TIER_ORDER: Record<MeasureTier, number> = { headline: 0, supporting: 1, detail: 2 };

/** Key figures of the given tiers, headline first, then by how much is known. */
export function keyFigures<T extends FigureInput>(views: T[], tiers: MeasureTier[] = ['headline']): KeyFigure<T>[] {
  const byMeasure = new Map<string, T[]>();
  for (const v of views) if (tiers.includes(v.tier)) byMeasure.set(v.measure.id, [...(byMeasure.get(v.measure.id) ?? []), v]);
  return [...byMeasure.values()]
    .map((list) => {
      const actual = list.filter((v) => v.kind !== 'forecast');
      const pool = actual.length ? actual : list;
      const newestEnd = pool
        .map((v) => (v.period ? periodEnd(v.period) : ''))
        .sort()
        .at(-1);
      const newest = pool.filter((v) => (v.period ? periodEnd(v.period) : '') === newestEnd);
      const pick = preferred(newest);
      return {
        measure: list[0].measure,
        latest: pick.best,
        reason: pick.others.length ? REASON_SHORT[pick.reason] : undefined,
        alternatives: pick.others.length,
        count: list.length,
        series: seriesOf(list),
        tier: list[0].tier,
      };
    })
    .sort(
      (a, b) =>
        TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
        Number(!!b.series) - Number(!!a.series) ||
        b.count - a.count ||
        a.measure.id.localeCompare(b.measure.id),
    )
    .map(({ tier: _tier, ...figure }) => figure);
}
