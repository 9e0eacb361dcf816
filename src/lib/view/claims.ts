/**
 * Pure helpers around claims: how to label them, how to order them, whether they
 * are stale, and which ones disagree. Pages and exports call these; nothing here
 * knows about Astro.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Measure } from '../../schemas/measure.ts';
import { periodEnd, zhPeriod } from '../periods.ts';

export function claimPeriodText(c: Pick<Claim, 'period' | 'periodNote'>): string {
  if (c.period) return zhPeriod(c.period);
  return '时期不详';
}

/** Sort key: newest period first, then by id for stable output. */
export function byPeriodDesc(a: { id: string; data: Claim }, b: { id: string; data: Claim }): number {
  const pa = a.data.period ? periodEnd(a.data.period) : '';
  const pb = b.data.period ? periodEnd(b.data.period) : '';
  return pb.localeCompare(pa) || a.id.localeCompare(b.id);
}

/** Add months to a YYYY-MM-DD date. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, Math.min(d, 28)));
  return t.toISOString().slice(0, 10);
}

/**
 * A claim is stale when its period ended more than the measure's
 * staleAfterMonths before `today`. Returns the "数据截至" text or undefined.
 */
export function staleness(c: Claim, measure: Pick<Measure, 'staleAfterMonths'> | undefined, today: string): string | undefined {
  if (!c.period || c.kind === 'forecast') return undefined;
  const end = periodEnd(c.period);
  if (addMonths(end, measure?.staleAfterMonths ?? 12) >= today) return undefined;
  const [y, m] = end.split('-');
  return `数据截至 ${y}年${Number(m)}月，可能已过时`;
}

/**
 * One row per measure for an overview: how many claims, and the newest one.
 * Keeps subject pages small however many claims a subject gathers.
 */
export function newestByMeasure<T extends { measure: { id: string }; period?: string }>(views: T[]): { newest: T; count: number }[] {
  const groups = new Map<string, T[]>();
  for (const v of views) groups.set(v.measure.id, [...(groups.get(v.measure.id) ?? []), v]);
  const end = (v: T) => (v.period ? periodEnd(v.period) : '');
  return [...groups.values()]
    .map((list) => ({ newest: [...list].sort((a, b) => end(b).localeCompare(end(a)))[0], count: list.length }))
    .sort((a, b) => b.count - a.count || a.newest.measure.id.localeCompare(b.newest.measure.id));
}
