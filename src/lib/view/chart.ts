/**
 * Horizontal bar charts computed at build time and rendered as inline SVG: no
 * client chart library. This module turns labelled values into geometry; the
 * BarChart component only draws it.
 */
export interface BarInput {
  label: string;
  /** Point value, or the low end of a range. */
  low: number;
  /** Equal to low for a single value. */
  high: number;
  valueText: string;
  href?: string;
  /** Shown muted, e.g. forecasts. */
  muted?: boolean;
}

export interface Bar extends BarInput {
  y: number;
  width: number;
  rangeStart: number;
  labelY: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  barHeight: number;
  bars: Bar[];
}

/** Lay out bars on a shared linear scale starting at zero. */
export function layoutBars(inputs: BarInput[], opts: { width?: number; labelWidth?: number; barHeight?: number; gap?: number } = {}): ChartGeometry {
  const width = opts.width ?? 640;
  const labelWidth = opts.labelWidth ?? 220;
  const barHeight = opts.barHeight ?? 18;
  const gap = opts.gap ?? 10;
  const valueRoom = 110;
  const plotWidth = width - labelWidth - valueRoom;
  const max = Math.max(0, ...inputs.map((b) => b.high));
  const scale = (n: number) => (max > 0 ? (Math.max(0, n) / max) * plotWidth : 0);
  const bars = inputs.map((b, i) => {
    const y = i * (barHeight + gap) + gap;
    return { ...b, y, width: Math.max(1, scale(b.high)), rangeStart: scale(b.low), labelY: y + barHeight * 0.75 };
  });
  return { width, height: inputs.length * (barHeight + gap) + gap, labelWidth, plotWidth, barHeight, bars };
}
