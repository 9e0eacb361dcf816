/**
 * Time series from claims: one point per period for one subject and measure, the
 * preferred claim of each period (src/lib/view/preferred.ts). Only periods of one
 * length are joined into a line (years with years, quarters with quarters); a series
 * needs three points, because two points are a comparison, not a trend.
 */
import { lengthKey, periodEnd } from '../periods.ts';
import { preferred, type Rankable } from './preferred.ts';

export interface SeriesInput extends Rankable {
  period?: string;
  /** Point value (middle of a range). */
  number: number;
  valueText: string;
  periodText: string;
  href: string;
}

export interface SeriesPoint<T> {
  period: string;
  /** Sort key: the last day of the period. */
  end: string;
  claim: T;
  /** Other claims for the same period, not drawn but counted. */
  alternatives: number;
}

/** The longest run of same-length periods, oldest first, or undefined when under `min` points. */
export function seriesOf<T extends SeriesInput>(claims: T[], min = 3): SeriesPoint<T>[] | undefined {
  const byGrain = new Map<string, Map<string, T[]>>();
  for (const c of claims) {
    if (!c.period || c.kind === 'forecast') continue;
    const key = lengthKey(c.period);
    const periods = byGrain.get(key) ?? new Map<string, T[]>();
    periods.set(c.period, [...(periods.get(c.period) ?? []), c]);
    byGrain.set(key, periods);
  }
  const best = [...byGrain.values()].sort((a, b) => b.size - a.size)[0];
  if (!best || best.size < min) return undefined;
  return [...best.entries()]
    .map(([period, group]) => {
      const { best: claim, others } = preferred(group);
      return { period, end: periodEnd(period), claim, alternatives: others.length };
    })
    .sort((a, b) => a.end.localeCompare(b.end));
}

export interface LineGeometry<T> {
  width: number;
  height: number;
  /** `labelled`: whether this point's value and period are written (labels never crowd). */
  points: (SeriesPoint<T> & { x: number; y: number; labelled: boolean })[];
  path: string;
  /** Value axis: the top tick's value (the bottom is zero). */
  max: number;
  plot: { left: number; top: number; right: number; bottom: number };
}

/** Days since 1970 of a YYYY-MM-DD date, for placing periods on a time axis. */
const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 864e5;

/** Lay a series out on a zero-based value axis and a time axis (a gap in the data shows as a gap). */
export function layoutLine<T extends SeriesInput>(
  series: SeriesPoint<T>[],
  opts: { width?: number; height?: number; labelGap?: number } = {},
): LineGeometry<T> {
  const width = opts.width ?? 640;
  const height = opts.height ?? 220;
  const labelGap = opts.labelGap ?? 84;
  const plot = { left: 16, top: 28, right: width - 16, bottom: height - 36 };
  const max = Math.max(...series.map((p) => p.claim.number)) * 1.1 || 1;
  const first = dayOf(series[0].end);
  const span = dayOf(series[series.length - 1].end) - first || 1;
  const inner = plot.right - plot.left - 80;
  const placed = series.map((p) => ({
    ...p,
    x: plot.left + 40 + ((dayOf(p.end) - first) / span) * inner,
    y: plot.bottom - (Math.max(0, p.claim.number) / max) * (plot.bottom - plot.top),
    labelled: false,
  }));
  // Label the newest point, then walk back labelling each point far enough from the last label.
  let lastX = Infinity;
  for (let i = placed.length - 1; i >= 0; i--) {
    if (lastX - placed[i].x >= labelGap) {
      placed[i].labelled = true;
      lastX = placed[i].x;
    }
  }
  const path = placed.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  return { width, height, points: placed, path, max, plot };
}
