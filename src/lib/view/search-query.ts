/**
 * Turn what a reader typed into a Pagefind query. Pagefind splits queries only on
 * spaces and matches word prefixes, while its index splits Chinese into words, so:
 *  1. traditional characters become simplified (table built at build time from OpenCC);
 *  2. Chinese runs are split into words (Intl.Segmenter where the browser has it);
 *  3. latin words and numbers are kept whole and lower-cased.
 */
export type Segment = (text: string) => string[];

export function toSimplifiedWithTable(text: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/**
 * A word segmenter from Intl.Segmenter, or undefined where the browser lacks it.
 * The segmenter is made on first use: making one loads the browser's Chinese word
 * dictionary (about 30 ms in Chromium), which most searches never need.
 */
export function intlSegmenter(): Segment | undefined {
  const Segmenter = (
    Intl as unknown as {
      Segmenter?: new (l: string, o: { granularity: string }) => { segment(t: string): Iterable<{ segment: string; isWordLike?: boolean }> };
    }
  ).Segmenter;
  if (!Segmenter) return undefined;
  let seg: InstanceType<typeof Segmenter> | undefined;
  return (text) => [...(seg ??= new Segmenter('zh-CN', { granularity: 'word' })).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The queries to run for what a reader typed: the words as typed (after script
 * conversion) and, where a segmenter splits them differently, the segmented form.
 * The browser's segmenter and Pagefind's index do not always agree (京东 → 京|东),
 * so both are searched and the results merged.
 */
export function queryVariants(raw: string, table: Record<string, string>, segment?: Segment): string[] {
  return [...readings(raw, table, segment)];
}

/**
 * The same readings one at a time, so a search that is answered by the first never
 * segments the query (nor makes the segmenter).
 */
export function* readings(raw: string, table: Record<string, string>, segment?: Segment): Generator<string> {
  const seen = new Set<string>();
  const next = (variant: string) => (variant && !seen.has(variant) ? (seen.add(variant), true) : false);
  const typed = prepareQuery(raw, table);
  if (next(typed)) yield typed;
  if (!segment) return;
  // Browsers' dictionaries differ: some split 企业微信 as 企业|微|信 where the index has 微信.
  const rejoined = prepareQuery(raw, table, (text) => joinSingleCharacters(segment(text)));
  if (next(rejoined)) yield rejoined;
  const split = prepareQuery(raw, table, segment);
  if (next(split)) yield split;
}

/** Join runs of single CJK characters into one word: [企业, 微, 信] → [企业, 微信]. */
export function joinSingleCharacters(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const w of words) {
    if ([...w].length === 1 && /[\u3400-\u9fff]/u.test(w)) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(w);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Merge result lists in the order of the variants that produced them: the closest
 * reading of the query first (as typed, then rejoined, then split), each list in
 * Pagefind's score order, later lists adding only pages not yet listed. Scores of
 * different queries are not comparable: split single characters match far more.
 */
export function mergeResults<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists)
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      merged.push(r);
    }
  return merged;
}

export function prepareQuery(raw: string, table: Record<string, string>, segment?: Segment): string {
  const simplified = toSimplifiedWithTable(raw.normalize('NFKC'), table).toLowerCase();
  const words: string[] = [];
  for (const chunk of simplified.split(/\s+/).filter(Boolean)) {
    if (segment && /[\u3400-\u9fff]/u.test(chunk)) words.push(...segment(chunk));
    else words.push(chunk);
  }
  return words.join(' ');
}
