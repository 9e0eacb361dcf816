/**
 * What the search page shows for a Pagefind result, from the build's own result
 * records (src/integrations/pagefind-records.ts): /search/r/<bucket of the result's
 * hash>.json, a few hundred bytes to 1 KB, instead of the result's Pagefind
 * fragment (the page's whole text, 1–3 KB gzip) for the entry's own sentence. A
 * result without a record falls back to its fragment; sorting by date reads the
 * dates of /search/dates.json.
 */
export interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

export interface ShownResult {
  url: string;
  title: string;
  type: string;
  /** The entry's own sentence (and key figure), as text. */
  line?: string;
  /** Pagefind's excerpt (escaped text with <mark> tags only), when there is no sentence. */
  excerptHtml?: string;
}

type ResultRecord = [url: string, title: string, type: string, line: string];

/** zh-cn_7b1c3f2 → 7b1c3f2 */
export const hashOf = (id: string) => id.slice(id.indexOf('_') + 1);

/**
 * How many record files a build writes: one per page up to 1,000 pages, then 1,000.
 * Each file costs the build 0.6–1 ms (they are written after Pagefind's own files);
 * above 1,000 pages a file holds pages ÷ 1,000 records on average, which a screen of
 * ten results fetches whole (bench/notes.md, "Build time").
 */
export const recordBuckets = (pages: number) => Math.max(1, Math.min(pages, 1000));

/** The record file of a hash: its first five hex digits, spread evenly over `buckets` files. */
export const recordFile = (hash: string, buckets: number) => String(Math.floor((parseInt(hash.slice(0, 5), 16) * buckets) / 0x100000));

const files = new Map<string, Promise<Record<string, ResultRecord>>>();
function bucket(name: string): Promise<Record<string, ResultRecord>> {
  if (!files.has(name))
    files.set(
      name,
      fetch(`/search/r/${name}.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, ResultRecord>>) : {})),
    );
  return files.get(name)!;
}

/** What to show for a result; `buckets`: how many record files the build wrote (it says so in the page). */
export async function shownResult(result: PagefindResult, buckets: number): Promise<ShownResult> {
  const hash = hashOf(result.id);
  const record = buckets ? (await bucket(recordFile(hash, buckets)))[hash] : undefined;
  if (record) return { url: record[0], title: record[1], type: record[2], line: record[3] };
  const d = await result.data();
  const figure = d.meta.figure ? `${d.meta.figure} — ` : '';
  return d.meta.summary
    ? { url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', line: figure + d.meta.summary }
    : { url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', excerptHtml: figure.replace(/[<>&]/g, '') + d.excerpt };
}

let dates: Promise<Record<string, string>> | undefined;
/** Only the dated results (claims with a period, events), newest first; equal dates keep their order. */
export async function newestFirst<T extends { id: string }>(results: T[]): Promise<T[]> {
  dates ??= fetch('/search/dates.json').then((r) => r.json() as Promise<Record<string, string>>);
  const d = await dates;
  return results.filter((r) => d[hashOf(r.id)]).sort((a, b) => d[hashOf(b.id)].localeCompare(d[hashOf(a.id)]));
}
