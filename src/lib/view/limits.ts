/**
 * How much one page may list. Hub pages (a platform, a measure, a source …) show at
 * most HUB_ROWS items and link to the full, paginated or filterable list, so pages
 * stay within the first round trip however large the knowledge base grows.
 */
export const HUB_ROWS = 50;
export const HUB_CARDS = 24;
export const HUB_EVENTS = 10;
/** Rows per page of paginated lists. */
export const PAGE_SIZE = 50;
/** Rows per page of the claim explorer, whose rows are the widest (seven columns). */
export const CLAIMS_PER_PAGE = 20;
/** The first `limit` items and how many were left out. */
export function capped<T>(items: T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}
