/**
 * Which Pagefind index chunks a query will load, computed in the page before
 * Pagefind has loaded, from the chunk boundaries the build writes into the search
 * page (src/integrations/pagefind-meta.ts). Each chunk is about 27 KB gzip, so the
 * chunks are most of what a search costs after Pagefind itself: the page uses this
 * to preload the chunks of the first reading while Pagefind's WebAssembly starts,
 * and to skip later readings of a query that would fetch more chunks than it has words.
 *
 * This follows Pagefind 1.4's pagefind.js (search(): graphemes, punctuation dropped,
 * lower case, spaces collapsed) and its WebAssembly (request_indexes: for each term,
 * the first chunk whose [from, to] holds it; if no term has one, the first chunk
 * whose bounds hold it as a prefix). A chunk it does not predict is only a missed
 * preload: Pagefind fetches what it needs either way.
 */

/** [first word, last word, file hash] of each index chunk. */
export type ChunkBoundaries = [from: string, to: string, hash: string][];

const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * Text in which every code point is a grapheme of its own: Han characters that are
 * not marks (two are: U+16FF0 and U+16FF1, Vietnamese reading marks) and printable
 * ASCII, which no Unicode grapheme rule joins to a neighbour (tests/lib/search.test.ts
 * checks every Han character against Intl.Segmenter).
 * Such a query is split by code point, as a grapheme segmenter would split it,
 * without making one: the first Intl.Segmenter in a page costs 20-40 ms of the
 * main thread (the browser loads its segmentation data). Pagefind's search is
 * edited to take the same shortcut (src/integrations/pagefind-start.ts), so most
 * cold searches make no segmenter at all.
 */
export const ONE_GRAPHEME_EACH = /^(?:(?!\p{M})[\p{Script=Han}\x20-\x7e])*$/u;

/** The terms Pagefind searches for a query string. */
export function pagefindTerms(query: string): string[] {
  const Segmenter = (Intl as unknown as { Segmenter?: new (l: string, o: object) => { segment(t: string): Iterable<{ segment: string }> } })
    .Segmenter;
  const graphemes =
    Segmenter && !ONE_GRAPHEME_EACH.test(query)
      ? [...new Segmenter('zh-cn', { granularity: 'grapheme' }).segment(query)].map((s) => s.segment)
      : [...query];
  const kept = graphemes.filter((g) => !PUNCTUATION.test(g)).map((g) => g.toLocaleLowerCase());
  const term = kept
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return term ? term.split(' ') : [];
}

const utf8 = new TextEncoder();
/** Rust compares strings byte by byte in UTF-8; so does this. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
/** The first `n` bytes of a UTF-8 string, or undefined when they end inside a character (Rust's str::get). */
function prefix(bytes: Uint8Array, n: number): Uint8Array | undefined {
  if (n < bytes.length && (bytes[n] & 0xc0) === 0x80) return undefined;
  return bytes.subarray(0, n);
}

/** The chunk hashes Pagefind requests for a query string, in its order, without repeats. */
export function chunksFor(query: string, chunks: ChunkBoundaries): string[] {
  const terms = pagefindTerms(query).map((t) => utf8.encode(t));
  const bounds = chunks.map(([from, to, hash]) => ({ from: utf8.encode(from), to: utf8.encode(to), hash }));
  const strict = terms.flatMap((t) => bounds.find((c) => compareBytes(t, c.from) >= 0 && compareBytes(t, c.to) <= 0)?.hash ?? []);
  const found = strict.length
    ? strict
    : terms.flatMap(
        (t) =>
          bounds.find((c) => {
            const termFrom = prefix(t, Math.min(t.length, c.from.length));
            const chunkFrom = prefix(c.from, Math.min(t.length, c.from.length));
            const termTo = prefix(t, Math.min(t.length, c.to.length));
            const chunkTo = prefix(c.to, Math.min(t.length, c.to.length));
            return !!termFrom && !!chunkFrom && !!termTo && !!chunkTo && compareBytes(termFrom, chunkFrom) >= 0 && compareBytes(termTo, chunkTo) <= 0;
          })?.hash ?? [],
      );
  return [...new Set(found)];
}

/** Start fetching index chunks the way Pagefind will (same URL, CORS mode), so its own request is served from the preload. */
export function preloadChunks(hashes: string[], document: Document, basePath = '/pagefind/'): void {
  for (const hash of hashes) {
    const href = `${basePath}index/${hash}.pf_index`;
    if (document.head.querySelector(`link[rel="preload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}
