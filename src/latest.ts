/** Newest entries (cases, claims, events) by the date their file was added, for the home page and the feed. */
import { fileURLToPath } from 'node:url';
import { getAtlas, claimView, BUILD_DATE } from './atlas.ts';
import { addedDates } from './lib/added-dates.ts';

export interface LatestEntry {
  type: string;
  title: string;
  href: string;
  description: string;
  added: string;
}

let cached: Promise<LatestEntry[]> | undefined;

async function all(): Promise<LatestEntry[]> {
  const atlas = await getAtlas();
  const root = fileURLToPath(new URL('../', import.meta.url));
  const dates = addedDates(root);
  const added = (file: string | undefined) => (file && dates.get(file)) || BUILD_DATE;
  const entries: LatestEntry[] = [
    ...atlas.cases.map((c) => ({ type: '案例', title: c.data.name, href: `/cases/${c.id}/`, description: c.data.summary, added: added(c.filePath) })),
    ...atlas.events.map((e) => ({ type: '事件', title: e.data.title, href: `/events/${e.id}/`, description: e.data.summary, added: added(e.filePath) })),
    ...atlas.claims.map((c) => {
      const v = claimView(atlas, c);
      return { type: '数据', title: `${v.subject.name}${v.measure.name}：${v.valueText}（${v.periodText}）`, href: v.href, description: `${v.kindLabel}，${v.claimant}，《${v.source.title}》`, added: added(c.filePath) };
    }),
  ];
  // Newest first; cases before events before claims on the same day (most readable first).
  return entries.sort((a, b) => b.added.localeCompare(a.added));
}

export async function latestEntries(count: number): Promise<LatestEntry[]> {
  cached ??= all();
  return (await cached).slice(0, count);
}
