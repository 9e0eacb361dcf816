/**
 * Numeric rows of the model comparison: for each model, the latest preferred figure of
 * each of its typical platforms for one measure (scale, users), official first — figures
 * that speak to the model through its own platforms, never borrowed from another model's.
 */
import type { FigureInput } from './figures.ts';
import { keyFigures } from './figures.ts';
import { lengthKey } from '../periods.ts';
import { KIND_RANK } from './preferred.ts';

/** A full year (2023, or a fiscal year 2021-04/2022-03): what "scale" means when models are compared. */
const isFullYear = (period: string | undefined) => ['year', 'range-12'].includes(lengthKey(period));

export interface PlatformFigure<T> {
  platform: { name: string; href: string };
  figure: T;
}

/**
 * For one model: each platform's latest preferred figure among `measureIds` (the first
 * measure a platform has wins), full-year figures first so a 618 total or a quarter
 * never stands for a platform's annual scale beside another's full year.
 */
export function platformFigures<T extends FigureInput>(
  platforms: { name: string; href: string; views: T[] }[],
  measureIds: string[],
): PlatformFigure<T>[] {
  const out: PlatformFigure<T>[] = [];
  for (const p of platforms) {
    // One candidate per measure; the most trustworthy wins (an official MAU over a reported DAU), then the measures' order.
    const candidates = measureIds.flatMap((id) => {
      const forMeasure = p.views.filter((v) => v.measure.id === id && v.kind !== 'forecast');
      const annual = forMeasure.filter((v) => isFullYear(v.period));
      const [figure] = keyFigures(annual.length ? annual : forMeasure, ['headline', 'supporting', 'detail']);
      return figure ? [figure.latest] : [];
    });
    const best = candidates.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0];
    if (best) out.push({ platform: { name: p.name, href: p.href }, figure: best });
  }
  return out;
}
