/**
 * Newest entries (cases, events, claims) by the day each entry was added (git history,
 * per entry even inside multi-entry YAML files; else its source's access date; never
 * the build date), for 最新收录 on the home page and the feed. Also the added and
 * last-changed dates of any entry, for case citations.
 */
import { getAtlas, claimView, type Atlas } from './atlas.ts';
import { entryDates, historyOf, type DatesOf, type EntryDates } from './lib/view/added-dates.ts';
import type { CollectionName } from './schemas/index.ts';
import { entryHref } from './schemas/index.ts';

export interface LatestEntry {
  type: string;
  title: string;
  href: string;
  description: string;
  /** YYYY-MM-DD */
  added: string;
}

let datesCache: { atlas: Atlas; dates: DatesOf } | undefined;
function datesFor(atlas: Atlas): DatesOf {
  if (datesCache?.atlas !== atlas) datesCache = { atlas, dates: entryDates(atlas, historyOf(process.cwd())) };
  return datesCache.dates;
}

/** When an entry was first added and last changed (either may be unknown). */
export async function datesOf(collection: CollectionName, id: string): Promise<EntryDates> {
  return datesFor(await getAtlas())(collection, id);
}

let cached: Promise<LatestEntry[]> | undefined;

async function all(): Promise<LatestEntry[]> {
  const atlas = await getAtlas();
  const dates = datesFor(atlas);
  const type = { cases: 0, events: 1, claims: 2 } as const;
  const entries: (LatestEntry & { order: number })[] = [];
  const push = (collection: keyof typeof type, id: string, e: Omit<LatestEntry, 'added'>) => {
    const added = dates(collection, id).added;
    // An entry whose date nothing records is left out rather than given today's.
    if (added) entries.push({ ...e, added, order: type[collection] });
  };
  for (const c of atlas.cases) push('cases', c.id, { type: '案例', title: c.data.name, href: entryHref('cases', c.id), description: c.data.summary });
  for (const e of atlas.events)
    push('events', e.id, { type: '事件', title: e.data.title, href: entryHref('events', e.id), description: e.data.summary });
  for (const c of atlas.claims) {
    const v = claimView(atlas, c);
    push('claims', c.id, {
      type: '数据',
      title: `${v.subject.name}${v.measure.name}：${v.valueText}（${v.periodText}）`,
      href: v.href,
      description: `${v.kindLabel}，${v.claimant}，《${v.source.title}》`,
    });
  }
  // Newest first; cases before events before claims on the same day (most readable first).
  return entries.sort((a, b) => b.added.localeCompare(a.added) || a.order - b.order).map(({ order: _, ...e }) => e);
}

export async function latestEntries(count: number): Promise<LatestEntry[]> {
  cached ??= all();
  return (await cached).slice(0, count);
}
