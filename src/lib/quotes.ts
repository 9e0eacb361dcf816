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
