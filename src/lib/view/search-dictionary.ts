/**
 * The search page's name dictionary and traditional→simplified table, split into
 * shards by character, so a query fetches only what its own characters point to: a
 * few hundred bytes, instead of every name in the atlas before the first result
 * (64 KB gzip at 10,000 entries, as one answers.json).
 *
 * Two kinds of shard. Measure shards (/search/dict/m<n>.json) hold the measure names
 * and the traditional table: every query fetches the measure shards of its
 * characters as typed, so each measure name is filed under its first character and
 * under every traditional form of it, and each traditional character under itself.
 * Subject shards (/search/dict/s<n>.json) hold the subject names and which measures
 * each subject has claims for; a query fetches them (for its simplified characters)
 * only once it names a measure, since an answer needs both. A name can only occur in
 * a query if its first character does, so these shards hold every name it can
 * contain. Latin letters and digits have shards of their own, so a query in Chinese
 * does not fetch English names.
 */
import { normaliseName, type SearchDictionary } from './search-answers.ts';

/**
 * In the shards, subjects and measures go by short codes (searchCodes in
 * search-answer-data.ts), as do the answer files: /search/answers/<subject code>.json.
 */

/** One /search/dict/m<n>.json. */
export interface MeasureShard {
  /** [normalised name, measure codes], for names whose first character (or its traditional form) falls here. */
  measures: [string, string[]][];
  /** Measure code → the market that is its only subject, for measures named here. */
  sole: Record<string, string>;
  /** Measure code → [name, page], for measures named here: a query that is just a measure's name is answered with its page. */
  pages: Record<string, [name: string, href: string]>;
  /** Traditional → simplified, for the traditional characters of this shard. */
  t2s: Record<string, string>;
}

/** One /search/dict/s<n>.json. */
export interface SubjectShard {
  /** [normalised name, subject codes]. */
  subjects: [string, string[]][];
  /** Subject code → the codes of the measures it has claims for, for the subjects named here. */
  pairs: Record<string, string[]>;
}

export interface ShardedDictionary {
  measures: MeasureShard[];
  subjects: SubjectShard[];
}

/**
 * Shards for `bytes` of JSON: about 500 bytes each, a power of two from 8 to 512. A
 * query fetches one shard per distinct character, so small shards cost it a few
 * requests' headers but spare it the names its characters do not start.
 */
export function shardCount(bytes: number): number {
  let n = 8;
  while (n < 512 && bytes / n > 500) n *= 2;
  return n;
}

/** Shard of a character: the last eighth of the shards is for Latin letters and digits. */
export function shardOf(ch: string, count: number): number {
  const code = ch.codePointAt(0) ?? 0;
  const latin = Math.max(1, count / 8);
  return /[a-z0-9]/.test(ch) ? count - latin + (code % latin) : code % (count - latin);
}

/** The shards a text's characters point to (spaces and punctuation ignored). */
export function shardsFor(text: string, count: number): number[] {
  const shards = new Set<number>();
  for (const ch of normaliseName(text)) if (/[\p{L}\p{N}]/u.test(ch)) shards.add(shardOf(ch, count));
  return [...shards].sort((a, b) => a - b);
}

/** Short codes for subject keys and measure ids, shared by the shards and the answer files. */
export interface Codes {
  subject(key: string): string;
  measure(id: string): string;
}

/** Split a dictionary and the traditional table into measure shards and subject shards. */
export function shardDictionary(
  dict: SearchDictionary,
  t2s: Record<string, string>,
  codes: Codes,
  measurePages: Record<string, [name: string, href: string]>,
): ShardedDictionary {
  const first = (name: string) => [...name][0] ?? '';
  const traditionalOf = new Map<string, string[]>();
  for (const [traditional, simplified] of Object.entries(t2s)) traditionalOf.set(simplified, [...(traditionalOf.get(simplified) ?? []), traditional]);

  const measureRows = dict.measures.map(([name, ids]): [string, string[]] => [name, ids.map(codes.measure)]);
  const measureCount = shardCount(JSON.stringify(measureRows).length + JSON.stringify(t2s).length);
  const measures: MeasureShard[] = Array.from({ length: measureCount }, () => ({ measures: [], sole: {}, pages: {}, t2s: {} }));
  for (const [i, [name, ids]] of dict.measures.entries()) {
    const homes = new Set([first(name), ...(traditionalOf.get(first(name)) ?? [])].map((ch) => measures[shardOf(ch, measureCount)]));
    for (const shard of homes) {
      shard.measures.push(measureRows[i]);
      for (const id of ids) {
        if (dict.soleMarket?.[id]) shard.sole[codes.measure(id)] = codes.subject(dict.soleMarket[id]);
        if (measurePages[id]) shard.pages[codes.measure(id)] = measurePages[id];
      }
    }
  }
  for (const [traditional, simplified] of Object.entries(t2s)) measures[shardOf(traditional, measureCount)].t2s[traditional] = simplified;

  const subjectMeasures = new Map<string, string[]>();
  for (const [measure, subjects] of Object.entries(dict.measureSubjects))
    for (const subject of subjects) subjectMeasures.set(subject, [...(subjectMeasures.get(subject) ?? []), codes.measure(measure)]);
  const subjectRows = dict.subjects.map(([name, keys]): [string, string[]] => [name, keys.map(codes.subject)]);
  const subjectCount = shardCount(JSON.stringify(subjectRows).length + JSON.stringify([...subjectMeasures]).length);
  const subjects: SubjectShard[] = Array.from({ length: subjectCount }, () => ({ subjects: [], pairs: {} }));
  for (const [i, [name, keys]] of dict.subjects.entries()) {
    const shard = subjects[shardOf(first(name), subjectCount)];
    shard.subjects.push(subjectRows[i]);
    for (const key of keys) shard.pairs[codes.subject(key)] = subjectMeasures.get(key) ?? [];
  }
  return { measures, subjects };
}

/** The measure whose name the whole (simplified) query is, with its page. */
export function measureNamed(simplifiedQuery: string, shards: MeasureShard[]): [name: string, href: string] | undefined {
  const q = normaliseName(simplifiedQuery);
  for (const shard of shards) for (const [name, codes] of shard.measures) if (name === q && shard.pages[codes[0]]) return shard.pages[codes[0]];
  return undefined;
}

/** Does the (simplified) query contain a measure name from these shards? Then it may be a subject + measure question. */
export function namesMeasure(simplifiedQuery: string, shards: MeasureShard[]): boolean {
  const q = normaliseName(simplifiedQuery);
  return shards.some((s) => s.measures.some(([name]) => q.includes(name)));
}

/** A dictionary for understandQuery from the shards a query fetched, and their part of the traditional table. */
export function mergeShards(measureShards: MeasureShard[], subjectShards: SubjectShard[]): { dict: SearchDictionary; t2s: Record<string, string> } {
  const byLength = (a: [string, string[]], b: [string, string[]]) => [...b[0]].length - [...a[0]].length || a[0].localeCompare(b[0]);
  const unique = (rows: [string, string[]][]) => [...new Map(rows.map((row) => [row[0], row])).values()].sort(byLength);
  const measureSubjects: Record<string, string[]> = {};
  const files: Record<string, string> = {};
  for (const shard of subjectShards)
    for (const [subject, measures] of Object.entries(shard.pairs)) {
      files[subject] = subject;
      for (const measure of measures) {
        const list = (measureSubjects[measure] ??= []);
        if (!list.includes(subject)) list.push(subject);
      }
    }
  return {
    dict: {
      subjects: unique(subjectShards.flatMap((s) => s.subjects)),
      measures: unique(measureShards.flatMap((s) => s.measures)),
      files,
      measureSubjects,
      soleMarket: Object.assign({}, ...measureShards.map((s) => s.sole)) as Record<string, string>,
    },
    t2s: Object.assign({}, ...measureShards.map((s) => s.t2s)) as Record<string, string>,
  };
}
