/**
 * Proving quotes against the source texts (which the project does not contain):
 * the text of a source is its file, cut between optional start/end markers, with
 * HTML tags removed and entities decoded; a quote must occur in it verbatim.
 */
import { decodeHTMLStrict } from 'entities';

/** Visible text of a source file: tags stripped, entities decoded. */
export function visibleText(raw: string): string {
  return decodeHTMLStrict(raw.replace(/<[^>]+>/g, ''));
}

/** The part of `text` from `start` (inclusive) to `end` (exclusive); undefined when a marker is missing. */
export function cutSection(text: string, start?: string, end?: string): string | undefined {
  let from = 0;
  if (start) {
    from = text.indexOf(start);
    if (from === -1) return undefined;
  }
  let to = text.length;
  if (end) {
    to = text.indexOf(end, from);
    if (to === -1) return undefined;
  }
  return text.slice(from, to);
}

/** Where a quote went wrong, for the report. */
export type QuoteMiss = 'missing-file' | 'missing-marker' | 'not-found';

export function findQuote(section: string | undefined, quote: string): QuoteMiss | undefined {
  if (section === undefined) return 'missing-marker';
  return section.includes(quote) ? undefined : 'not-found';
}

/** Where sentences end in Chinese and English text (kept with the sentence). */
const SENTENCE_END = /[。！？!?\n]/u;

/**
 * The sentence of `text` holding `quote`, verbatim, at most `max` characters: from
 * the previous sentence end to the next one, narrowed around the quote when the
 * sentence is longer (a long sentence is cut, never a paragraph stored).
 */
export function sentenceAround(text: string, quote: string, max = 300): string | undefined {
  const at = text.indexOf(quote);
  if (at === -1) return undefined;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at + quote.length;
  while (end < text.length && !SENTENCE_END.test(text[end - 1] ?? '')) end++;
  let sentence = text.slice(start, end).trim();
  if ([...sentence].length > max) {
    const room = Math.max(0, max - [...quote].length);
    const before = text.slice(Math.max(start, at - Math.floor(room / 2)), at);
    const after = text.slice(at + quote.length, Math.min(end, at + quote.length + (room - before.length)));
    sentence = (before + quote + after).trim();
  }
  return sentence;
}
