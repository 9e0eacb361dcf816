/**
 * Three small edits to the pagefind.js that Pagefind 1.4 writes, so that its start
 * on the search page waits for nothing but its own work:
 *
 * - **The first search polls every 4 ms, not every 50 ms.** Pagefind's `init()`
 *   returns before its WebAssembly is ready; a search called meanwhile waits in
 *   `getPtr()`, which checks every 50 ms. A cold search then stood idle for up to
 *   50 ms after Pagefind could have answered (a trace showed two 50 ms waits).
 * - **pagefind-entry.json is asked for by a per-build name, so the page can preload
 *   it.** Pagefind adds `?ts=<now>` so that a browser never uses an old entry file;
 *   a hash of the file's content does the same (a new index has a new name), and a
 *   fixed URL can be preloaded with the metadata and WebAssembly, instead of being
 *   fetched only after pagefind.js has run.
 * - **A query of Han characters and ASCII is split into graphemes by code point**
 *   (ONE_GRAPHEME_EACH in src/lib/view/search-chunks.ts, which the page's chunk
 *   prediction uses too): making the page's first Intl.Segmenter costs 20-40 ms.
 *
 * Each edit is to text Pagefind 1.4.0 writes exactly once. If a Pagefind upgrade
 * changes that text, the build stops and says which edit to look at: this file
 * must then be checked against the new pagefind.js, and updated or removed.
 * Measured in bench/notes.md ("Cold search latency").
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_GRAPHEME_EACH } from '../lib/view/search-chunks.ts';

/** Pagefind 1.4's wait for its WebAssembly, and the same wait in shorter steps. */
export const POLL_EDIT = {
  what: 'the first search polls for the WebAssembly every 4 ms instead of 50 ms',
  find: 'while(this.raw_ptr===null){await asyncSleep(50)}',
  replace: 'while(this.raw_ptr===null){await asyncSleep(4)}',
} as const;

/** Pagefind 1.4 makes a grapheme segmenter for every search; for text of one grapheme per code point, it need not. */
export const SEGMENTER_EDIT = {
  what: 'a search of Han characters and ASCII alone makes no grapheme segmenter',
  find: 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){',
  replace: `if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&!${ONE_GRAPHEME_EACH.toString()}.test(term)){`,
} as const;

/** Pagefind 1.4's cache-busting fetch of its entry file. */
export const ENTRY_FETCH = 'pagefind-entry.json?ts=${Date.now()}';

/** The query that names this build's entry file: the first 12 hex digits of its SHA-256. */
export function entryToken(entryJson: string | Buffer): string {
  return createHash('sha256').update(entryJson).digest('hex').slice(0, 12);
}

/** `source` with `find` replaced by `replace`; throws unless `find` occurs exactly once. */
export function editOnce(source: string, find: string, replace: string, what: string): string {
  const count = source.split(find).length - 1;
  if (count !== 1) {
    throw new Error(
      `Pagefind's pagefind.js contains \`${find}\` ${count} times, not once, so the build cannot make this edit: ${what}. ` +
        `A Pagefind upgrade probably changed the code; compare the new pagefind.js with src/integrations/pagefind-start.ts and update or remove the edit. ` +
        `构建无法修改 pagefind.js（${what}）：Pagefind 升级后代码可能已变，请对照新版 pagefind.js 更新或删除 src/integrations/pagefind-start.ts 中的这处修改。`,
    );
  }
  return source.replace(find, () => replace);
}

/**
 * Edit `<pagefindDir>/pagefind.js` in place and return the URL path it now fetches
 * the entry file from (to preload on the search page).
 */
export function editPagefindStart(pagefindDir: string, urlBase = '/pagefind/'): { entryHref: string } {
  const file = join(pagefindDir, 'pagefind.js');
  const token = entryToken(readFileSync(join(pagefindDir, 'pagefind-entry.json')));
  const entryPath = `pagefind-entry.json?ts=${token}`;
  let source = readFileSync(file, 'utf8');
  for (const edit of [POLL_EDIT, SEGMENTER_EDIT]) source = editOnce(source, edit.find, edit.replace, edit.what);
  source = editOnce(source, ENTRY_FETCH, entryPath, 'the entry file is fetched by a per-build name, so it can be preloaded');
  writeFileSync(file, source);
  return { entryHref: `${urlBase}${entryPath}` };
}
