/** APA 7 reference strings, rendered by citation-js from our CSL-JSON. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../../schemas/source.ts';
import { toCsl } from './csl.ts';

export function formatApa(source: Source): string {
  const cite = new Cite(toCsl(source));
  return String(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
}
