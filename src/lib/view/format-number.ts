/** Values written the way readers expect them: 5500万元, 5亿–6亿人, 30%, 1:3. */
import type { Qualifier } from '../../schemas/claim.ts';
import type { Unit } from '../../schemas/measure.ts';
import { formatScaled } from '../check/numerals.ts';
import { QUALIFIER_PREFIX } from './labels.ts';

const UNIT_SUFFIX: Record<Unit, string> = {
  cny: '元',
  people: '人',
  percent: '%',
  count: '',
  times: '倍',
  hours: '小时',
  minutes: '分钟',
  days: '天',
  years: '年',
  ratio: '',
};

/** The value as readers expect it: "约5500万元", "5亿–6亿人", "30%", "1:3". */
export function formatValue(v: { value?: number; low?: number; high?: number; unit: Unit; qualifier?: Qualifier }): string {
  const suffix = UNIT_SUFFIX[v.unit];
  const one = (n: number) => (v.unit === 'ratio' ? `1:${formatScaled(n)}` : v.unit === 'percent' ? `${formatScaled(n)}` : formatScaled(n));
  const body = v.value !== undefined ? `${one(v.value)}${suffix}` : `${one(v.low ?? 0)}–${one(v.high ?? 0)}${suffix}`;
  return `${QUALIFIER_PREFIX[v.qualifier ?? 'exact']}${body}`;
}

/** Plain number for data files and sorting: the value, or the middle of a range. */
export function pointValue(v: { value?: number; low?: number; high?: number }): number {
  return v.value ?? ((v.low ?? 0) + (v.high ?? 0)) / 2;
}
