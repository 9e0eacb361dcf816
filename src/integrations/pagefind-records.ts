/**
 * The search page's own result records, written next to Pagefind's index.
 *
 * A Pagefind result is a fragment hash; its fragment file holds the page's URL, meta
 * and its whole indexed text (for excerpts), 1–3 KB gzip each, and a screen of ten
 * results fetches ten of them. The search page shows each entry's own sentence (meta
 * summary and figure), never an excerpt, so it reads a record of just that instead:
 * /search/r/<bucket>.json maps hashes to [url, title, type, line]: one page a file up to
 * 1,000 pages, and 1,000 files above (recordBuckets). Files are few because each costs
 * the build 0.6–1 ms when written right after Pagefind's own: at 10,000 entries, 9,053
 * files of one page took 5.5 s, 3,473 files (three hex digits) 2.1–3.3 s.
 *
 * Dated pages' dates go to /search/dates.json (hash → date) for sorting by date,
 * fetched only when a reader asks for that order: Pagefind's own sort would put the
 * order of every dated page into the metadata every search downloads.
 *
 * Pagefind numbers pages in the order it was handed them; its metadata lists their
 * hashes in that order. The word counts must agree page by page and three sampled
 * fragments must name the pages expected, or the build fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexedPage } from './pagefind-feed.ts';
import { readPages } from './pagefind-meta.ts';
import { recordBuckets, recordFile } from '../lib/view/search-records.ts';

/** [url, title, type, line]: what the search page shows for a result. */
export type ResultRecord = [url: string, title: string, type: string, line: string];

/** The line a result shows: the key figure and the entry's own sentence. */
function lineOf(meta: Record<string, string>): string {
  const summary = meta.summary ?? '';
  return meta.figure ? `${meta.figure} — ${summary}` : summary;
}

/** The page behind a fragment hash, from the fragment file itself. */
function fragmentUrl(pagefindDir: string, hash: string): string {
  const raw = gunzipSync(readFileSync(join(pagefindDir, 'fragment', `${hash}.pf_fragment`))).toString('utf8');
  return (JSON.parse(raw.replace(/^pagefind_dcd/, '')) as { url: string }).url;
}

/** Write /search/r/*.json and /search/dates.json for the pages Pagefind indexed. Returns the number of record files. */
export function writeResultRecords(outDir: string, pagefindDir: string, metaFile: string, fed: IndexedPage[]): number {
  const numbered = readPages(metaFile);
  // Pagefind leaves out pages with no words.
  const pages = fed.filter((p) => p.words > 0);
  if (pages.length !== numbered.length || pages.some((p, i) => p.words !== numbered[i][1]))
    throw new Error(`Pagefind's pages do not line up with the pages it was handed (${numbered.length} against ${pages.length})`);
  for (const i of [0, Math.floor(pages.length / 2), pages.length - 1]) {
    const url = fragmentUrl(pagefindDir, numbered[i][0]);
    if (url !== pages[i].url) throw new Error(`Pagefind's page ${i} is ${url}, not ${pages[i].url}`);
  }
  const files = recordBuckets(pages.length);
  const buckets = new Map<string, Record<string, ResultRecord>>();
  const dates: Record<string, string> = {};
  pages.forEach((page, i) => {
    const hash = numbered[i][0].slice(numbered[i][0].indexOf('_') + 1);
    const name = recordFile(hash, files);
    const bucket = buckets.get(name) ?? {};
    bucket[hash] = [page.url, page.meta.title ?? page.url, page.meta.type ?? '', lineOf(page.meta)];
    buckets.set(name, bucket);
    if (page.date) dates[hash] = page.date;
  });
  const dir = join(outDir, 'search', 'r');
  mkdirSync(dir, { recursive: true });
  for (const [name, records] of buckets) writeFileSync(join(dir, `${name}.json`), JSON.stringify(records));
  writeFileSync(join(outDir, 'search', 'dates.json'), JSON.stringify(dates));
  return files;
}
