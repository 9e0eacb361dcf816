/** APA 7 reference strings, rendered by citation-js from our CSL-JSON. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../../schemas/source.ts';
import { toCsl } from './csl.ts';

// The CSL engine is the costliest step of a page render; every claim of a source
// shares the same reference, so each source is formatted once per build.
const cache = new WeakMap<Source, string>();

export function formatApa(source: Source): string {
  let text = cache.get(source);
  if (text === undefined) {
    text = String(new Cite(toCsl(source)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
    cache.set(source, text);
  }
  return text;
}
