/** APA 7 references, rendered by citeproc-js from our CSL-JSON with the published `apa` style (en-US). */
import type { Source } from '../../../schemas/source.ts';
import { toCsl } from './csl.ts';
import { renderReference } from './render.ts';

const cache = new WeakMap<Source, string>();

/** One source's APA reference, rendered on its own: a shared bibliography would add 2023a/2023b suffixes. */
export function formatApa(source: Source): string {
  let s = cache.get(source);
  if (s === undefined) {
    s = renderReference(toCsl(source), 'apa');
    cache.set(source, s);
  }
  return s;
}

/** APA references of many sources, keyed by source id (each rendered once per build, through the atlas). */
export function formatApaAll(sources: Source[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, formatApa(s)]));
}
