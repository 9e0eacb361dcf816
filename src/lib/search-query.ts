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

/** A word segmenter from Intl.Segmenter, or undefined where the browser lacks it. */
export function intlSegmenter(): Segment | undefined {
  const Segmenter = (Intl as unknown as { Segmenter?: new (l: string, o: { granularity: string }) => { segment(t: string): Iterable<{ segment: string; isWordLike?: boolean }> } }).Segmenter;
  if (!Segmenter) return undefined;
  const seg = new Segmenter('zh-CN', { granularity: 'word' });
  return (text) => [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
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
