/**
 * Numeric rows of the model comparison: for each model, the latest preferred figure of
 * each of its typical platforms for one measure (scale, users), official first — figures
 * that speak to the model through its own platforms, never borrowed from another model's.
 */
import type { FigureInput } from './figures.ts';
import { keyFigures } from './figures.ts';

export interface PlatformFigure<T> {
  platform: { name: string; href: string };
  figure: T;
}

/** For one model: each platform's latest preferred figure among `measureIds` (the first measure a platform has wins). */
export function platformFigures<T extends FigureInput>(platforms: { name: string; href: string; views: T[] }[], measureIds: string[]): PlatformFigure<T>[] {
  const out: PlatformFigure<T>[] = [];
  for (const p of platforms) {
    for (const id of measureIds) {
      const [figure] = keyFigures(p.views.filter((v) => v.measure.id === id), ['headline', 'supporting', 'detail']);
      if (figure) {
        out.push({ platform: { name: p.name, href: p.href }, figure: figure.latest });
        break;
      }
    }
  }
  return out;
}
