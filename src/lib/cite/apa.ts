/** APA 7 reference strings, rendered by citation-js from our CSL-JSON. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../../schemas/source.ts';
import { toCsl } from './csl.ts';

/**
 * APA strings for many sources from one CSL engine run (building the engine is the
 * expensive part), keyed by source id.
 */
export function formatApaAll(sources: Source[]): Map<string, string> {
  if (!sources.length) return new Map();
  const entries = new Cite(sources.map(toCsl)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  return new Map(entries.map(([id, text]) => [id, text.trim()]));
}

/** One source's APA reference (pages use the batch above, through the atlas). */
export function formatApa(source: Source): string {
  return formatApaAll([source]).get(source.id)!;
}
