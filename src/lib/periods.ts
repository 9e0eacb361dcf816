/**
 * Periods, the one place that reads them. A period is a point — a year (2023), a month
 * (2023-06), a day (2023-06-18), a quarter (2023-Q2) or a half year (2023-H1) — or a
 * range of two points "start/end" (a fiscal year 2021-04/2022-03). The schema, the
 * checker's date rules, sorting, series and the Chinese wording all go through here,
 * so a quarter ends on the same day everywhere.
 */

/** The pattern of one point, for JSON Schema and anything else that needs it as text. */
export const PERIOD_POINT_PATTERN = '\\d{4}(-(\\d{2}(-\\d{2})?|Q[1-4]|H[12]))?';

const QUARTER_OR_HALF = /^(\d{4})-(Q|H)([1-4])$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, yyyy, mm, dd] = m;
  // Years outside 1990–2100 are typing mistakes in this domain, not history.
  if (Number(yyyy) < 1990 || Number(yyyy) > 2100) return false;
  if (mm !== undefined && (Number(mm) < 1 || Number(mm) > 12)) return false;
  if (dd !== undefined && (Number(dd) < 1 || Number(dd) > daysInMonth(Number(yyyy), Number(mm)))) return false;
  return true;
}

/** One point of a period: a partial date, a quarter (2022-Q2) or a half year (2022-H1). */
export function isPeriodPoint(value: string): boolean {
  const q = QUARTER_OR_HALF.exec(value);
  if (q) return isPartialDate(q[1]) && (q[2] === 'Q' || Number(q[3]) <= 2);
  return isPartialDate(value);
}

/** A period: a point, or a range "start/end" whose end is not before its start. */
export function isPeriod(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isPeriodPoint(parts[0]);
  if (parts.length !== 2 || !parts.every(isPeriodPoint)) return false;
  return periodStart(parts[0]) <= periodStart(parts[1]) && periodEnd(parts[0]) <= periodEnd(parts[1]);
}

/** Days in a month, with leap years, so 2023-02-29 is rejected. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a period or partial date can mean, as YYYY-MM-DD. */
export function periodStart(period: string): string {
  const first = period.split('/')[0];
  const q = QUARTER_OR_HALF.exec(first);
  if (q) return `${q[1]}-${pad((Number(q[3]) - 1) * (q[2] === 'Q' ? 3 : 6) + 1)}-01`;
  return (first + '-01-01').slice(0, 10);
}

/** The last day a period or partial date can mean, as YYYY-MM-DD (for staleness, sorting and date rules). */
export function periodEnd(period: string): string {
  const last = period.split('/').pop()!;
  const q = QUARTER_OR_HALF.exec(last);
  if (q) {
    const month = Number(q[3]) * (q[2] === 'Q' ? 3 : 6);
    return `${q[1]}-${pad(month)}-${pad(daysInMonth(Number(q[1]), month))}`;
  }
  if (last.length === 4) return `${last}-12-31`;
  if (last.length === 7) {
    const [y, m] = last.split('-').map(Number);
    return `${last}-${pad(daysInMonth(y, m))}`;
  }
  return last;
}

export type Grain = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range';

/** The length of a period: 2023 → year, 2023-Q4 → quarter, 2021-04/2022-03 → range. */
export function grainOf(period: string): Grain {
  if (period.includes('/')) return 'range';
  const q = QUARTER_OR_HALF.exec(period);
  if (q) return q[2] === 'Q' ? 'quarter' : 'half';
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'day';
}

/** Months a range spans: 2021-04/2022-03 → 12 (fiscal years and trailing twelve months join each other). */
export function rangeMonths(period: string): number {
  const [a, b] = period.split('/');
  const start = periodStart(a);
  const end = periodEnd(b);
  return (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + (Number(end.slice(5, 7)) - Number(start.slice(5, 7))) + 1;
}

/** A period's length as a comparable key: year, quarter, month …, or a range's length in months. */
export function lengthKey(period: string | undefined): string {
  if (!period) return 'unknown';
  const grain = grainOf(period);
  return grain === 'range' ? `range-${rangeMonths(period)}` : grain;
}

/** "2023-04-13" → "2023年4月13日", "2023-04" → "2023年4月", "2023" → "2023年". */
export function zhDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

function zhPoint(point: string): string {
  const q = QUARTER_OR_HALF.exec(point);
  if (q) return q[2] === 'Q' ? `${q[1]}年第${q[3]}季度` : `${q[1]}年${q[3] === '1' ? '上' : '下'}半年`;
  return zhDate(point);
}

/** "2022-04/2023-02" → "2022年4月–2023年2月"; "2022-Q2" → "2022年第2季度". */
export function zhPeriod(period: string): string {
  return period.split('/').map(zhPoint).join('–');
}
