/**
 * What the search page shows for a Pagefind result, from the build's own result
 * records (src/integrations/pagefind-records.ts): /search/r/<first hex digits of the
 * result's hash>.json, a few hundred bytes, instead of the result's Pagefind
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

const files = new Map<string, Promise<Record<string, ResultRecord>>>();
function bucket(name: string): Promise<Record<string, ResultRecord>> {
  if (!files.has(name))
    files.set(
      name,
      fetch(`/search/r/${name}.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, ResultRecord>>) : {})),
    );
  return files.get(name)!;
}

/** What to show for a result; `digits`: how many hex digits of the hash name its record file (the build says). */
export async function shownResult(result: PagefindResult, digits: number): Promise<ShownResult> {
  const hash = hashOf(result.id);
  const record = digits ? (await bucket(hash.slice(0, digits)))[hash] : undefined;
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
