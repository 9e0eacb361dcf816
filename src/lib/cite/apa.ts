/** APA 7 reference strings, rendered by citation-js from our CSL-JSON. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../../schemas/source.ts';
import { toCsl } from './csl.ts';

/** One source's APA reference, formatted on its own: a shared bibliography would add 2023a/2023b suffixes. */
export function formatApa(source: Source): string {
  return String(new Cite(toCsl(source)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
}

/** APA references of many sources, keyed by source id (each formatted once per build, through the atlas). */
export function formatApaAll(sources: Source[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, formatApa(s)]));
}
