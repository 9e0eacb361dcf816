/** Small helpers of the corpus generator: ids, names, dates, and numbers a quote can state exactly. */
import type { Rng } from './rng.ts';
import * as V from './vocab.ts';
import type { UnitName } from './vocab.ts';

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const joinId = (...parts: string[]) => parts.filter(Boolean).join('-').replace(/-+/g, '-');
export const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
export const CN_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export class IdSet {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let i = 2; this.used.has(id); i++) id = `${base}-${i}`;
    this.used.add(id);
    return id;
  }
}

/** Every combination of the pools, in a seeded order. */
export function combinations<T extends readonly unknown[]>(rng: Rng, pools: { [K in keyof T]: readonly T[K][] }): T[] {
  let out: unknown[][] = [[]];
  for (const pool of pools as readonly (readonly unknown[])[]) out = out.flatMap((prefix) => pool.map((item) => [...prefix, item]));
  return rng.shuffle(out) as unknown as T[];
}

export function personName(r: Rng): string {
  return r.pick(V.SURNAMES) + r.pick(V.GIVEN);
}

export function partialDateBetween(r: Rng, fromYear: number, toYear: number): { y: number; m: number; d: number } {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}

/** A value the quote can state exactly, with the text that states it. */
export function makeNumber(
  r: Rng,
  unit: UnitName,
  subjectType: 'platform' | 'case' | 'model',
  measure: V.MeasureSeed,
): { value: number; text: string; cheng?: boolean } {
  const exact = (x: number) => Number(x.toPrecision(12));
  switch (unit) {
    case 'cny':
    case 'people': {
      const suffix = unit === 'cny' ? '元' : '人';
      const [lo, hi] = measure.id.endsWith('aov')
        ? [1, 3]
        : subjectType === 'case'
          ? unit === 'cny'
            ? [2, 9]
            : [2, 7]
          : unit === 'cny'
            ? [7, 12]
            : [5, 9];
      const exp = r.int(lo, hi);
      if (exp >= 8 && r.chance(0.15)) {
        // Chinese numerals: 两亿, 三千万 …
        const d = r.int(2, 9);
        return exp >= 9 ? { value: d * 1e8, text: `${CN_DIGIT[d]}亿${suffix}` } : { value: d * 1e7, text: `${CN_DIGIT[d]}千万${suffix}` };
      }
      const mant = r.chance(0.3) ? r.int(11, 99) / 10 : r.int(1, 999);
      const raw = mant * Math.pow(10, Math.max(0, exp - Math.floor(Math.log10(Math.max(1, mant)))));
      if (raw >= 1e8) {
        const m = Number((raw / 1e8).toFixed(raw >= 1e10 ? 0 : 1));
        return { value: exact(m * 1e8), text: `${m}亿${suffix}` };
      }
      if (raw >= 1e4) {
        const m = Number((raw / 1e4).toFixed(raw >= 1e6 ? 0 : 1));
        return { value: exact(m * 1e4), text: `${m}万${suffix}` };
      }
      const v = Math.max(1, Math.round(raw));
      return { value: v, text: `${v}${suffix}` };
    }
    case 'percent': {
      const max = Math.min(measure.max ?? 100, 99);
      if (r.chance(0.12)) {
        const d = r.int(1, Math.min(9, Math.floor(max / 10)));
        return { value: d * 10, text: `${CN_DIGIT[d]}成`, cheng: true };
      }
      const v = r.chance(0.25) ? r.int(10, max * 10 - 1) / 10 : r.int(1, max);
      return { value: v, text: `${v}%` };
    }
    case 'count': {
      const exp = subjectType === 'case' ? r.int(0, 4) : r.int(2, 7);
      const v = Math.max(2, Math.round(r.int(1, 9) * Math.pow(10, exp) * (r.chance(0.5) ? 1 : r.int(10, 99) / 10)));
      const c = measure.counter ?? '个';
      if (v >= 1e4 && v % 1e3 === 0) return { value: v, text: `${v / 1e4}万${c}` };
      return { value: v, text: `${v}${c}` };
    }
    case 'times': {
      const v = r.chance(0.3) ? r.int(15, 95) / 10 : r.int(2, 30);
      return { value: v, text: `${v}倍` };
    }
    case 'hours': {
      const v = r.int(1, 24);
      return { value: v, text: `${v}个小时` };
    }
    case 'minutes': {
      const v = r.int(1, 180);
      return { value: v, text: `${v}分钟` };
    }
    case 'days': {
      const v = r.int(1, 90);
      return { value: v, text: `${v}天` };
    }
    case 'years': {
      const lo = measure.min ?? 1;
      const hi = Math.min(measure.max ?? 40, 60);
      const v = r.int(lo, hi);
      return { value: v, text: measure.id === 'buyer-age' ? `${v}岁` : `${v}年` };
    }
    case 'ratio': {
      const v = r.int(2, 20);
      return { value: v, text: `1:${v}` };
    }
  }
}

export function formatPeriodZh(period: string): string {
  return period
    .split('/')
    .map((p) => {
      const q = /^(\d{4})-Q([1-4])$/.exec(p);
      if (q) return `${q[1]}年第${CN_DIGIT[Number(q[2])]}季度`;
      const h = /^(\d{4})-H([12])$/.exec(p);
      if (h) return `${h[1]}年${h[2] === '1' ? '上' : '下'}半年`;
      const [y, m, d] = p.split('-');
      return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
    })
    .join('至');
}
