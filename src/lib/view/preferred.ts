/**
 * Which of several claims for one subject, measure and period the atlas shows first,
 * and why — as Wikidata's preferred rank or Data Commons' preferred facet do, but the
 * other figures stay listed beside it. The reasons are fixed and said in words:
 * an official disclosure over a media restatement over an estimate; an exact figure
 * over a range; a newer publication over an older one.
 */
import type { ClaimKind } from '../../schemas/claim.ts';

/** How much weight who-said-it carries, highest first. */
export const KIND_RANK: Record<ClaimKind, number> = { official: 0, media: 1, estimate: 2, 'self-reported': 3, forecast: 4 };

export interface Rankable {
  id: string;
  kind: ClaimKind;
  /** A single value rather than a range or magnitude. */
  exact: boolean;
  /** When the source was published (YYYY[-MM[-DD]]), if known. */
  published?: string;
}

export type PreferenceReason = 'official' | 'exact' | 'newer' | 'only';

export const REASON_TEXT: Record<PreferenceReason, string> = {
  official: '优先采用权威度更高的来源（官方披露 > 媒体报道 > 第三方估算 > 自述 > 预测）',
  exact: '优先采用确切数值，而不是区间或量级',
  newer: '同等来源中优先采用较新发布的数字',
  only: '只有这一条',
};

/** The same reasons in two words, for cards where space is short. */
export const REASON_SHORT: Record<PreferenceReason, string> = { official: '来源更权威', exact: '确数优先', newer: '发布更新', only: '' };

/** Order claims best first. */
export function compareRank(a: Rankable, b: Rankable): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    Number(b.exact) - Number(a.exact) ||
    (b.published ?? '').localeCompare(a.published ?? '') ||
    a.id.localeCompare(b.id)
  );
}

/** The preferred claim of a group and the reason it wins over the runner-up. */
export function preferred<T extends Rankable>(claims: T[]): { best: T; reason: PreferenceReason; others: T[] } {
  const [best, ...others] = [...claims].sort(compareRank);
  const next = others[0];
  const reason: PreferenceReason = !next
    ? 'only'
    : KIND_RANK[best.kind] < KIND_RANK[next.kind]
      ? 'official'
      : best.exact && !next.exact
        ? 'exact'
        : 'newer';
  return { best, reason, others };
}
