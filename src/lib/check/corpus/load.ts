/**
 * Load every collection from disk, validate each entry against its schema, and
 * return the valid entries (typed, with positions) plus every problem found.
 * Used by `npm run check`, the build integration and the tests.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, basename, resolve } from 'node:path';
import { collectionSpecs, locationsOf, type CollectionName, type EntryData } from '../../../schemas/index.ts';
import type { Problem } from '../problems.ts';
import { readMdxEntry, readYamlList, type RawEntry } from './read-entries.ts';
import { describeIssue, docName, valueAt } from './zod-issues.ts';
import { fieldsOf } from '../../../schemas/walk.ts';
import type { FieldDoc } from '../../../schemas/meta.ts';

const docsByCollection = new Map<CollectionName, Map<string, FieldDoc>>();
/** Each field's documentation in a collection's schema, by its documented name (labels[].by). */
function fieldDocs(name: CollectionName): Map<string, FieldDoc> {
  let docs = docsByCollection.get(name);
  if (!docs) {
    docs = new Map(fieldsOf(collectionSpecs[name].schema).flatMap((f) => (f.meta.doc ? [[f.name, f.meta.doc] as const] : [])));
    docsByCollection.set(name, docs);
  }
  return docs;
}

export interface Entry<T> extends Omit<RawEntry, 'data' | 'id'> {
  id: string;
  data: T;
}

/** Every collection's valid entries, keyed by the registry's names. */
export type Corpus = { [N in CollectionName]: Entry<EntryData<N>>[] };

/** Files matched by a simple pattern: "dir/file.yaml" or "dir/*.yaml". */
export function filesFor(root: string, pattern: string): string[] {
  const star = pattern.indexOf('*');
  if (star === -1) return existsSync(join(root, pattern)) ? [join(root, pattern)] : [];
  const dir = join(root, pattern.slice(0, pattern.lastIndexOf('/', star)));
  const suffix = pattern.slice(star + 1);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && !f.startsWith('.'))
    .sort()
    .map((f) => join(dir, f));
}

/** Raw entries of one collection, before validation. */
export function readCollection(root: string, name: CollectionName): { entries: RawEntry[]; problems: Problem[] } {
  const spec = collectionSpecs[name];
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const toRel = (abs: string) => relative(root, abs).split('\\').join('/');
  if (spec.format === 'yaml') {
    for (const abs of spec.patterns.flatMap((pattern) => filesFor(root, pattern))) {
      const r = readYamlList(abs, toRel(abs));
      entries.push(...r.entries);
      problems.push(...r.problems);
    }
  } else {
    for (const abs of filesFor(root, `${spec.dir}/*.mdx`)) {
      const id = basename(abs, '.mdx');
      const r = readMdxEntry(abs, toRel(abs), id);
      if (r.entry) entries.push(r.entry);
      problems.push(...r.problems);
    }
  }
  return { entries, problems };
}

/** Validate raw entries against a collection's schema. */
export function validateEntries(name: CollectionName, raw: RawEntry[]): { valid: Entry<unknown>[]; problems: Problem[] } {
  const schema = collectionSpecs[name].schema;
  const valid: Entry<unknown>[] = [];
  const problems: Problem[] = [];
  for (const entry of raw) {
    const result = schema.safeParse(entry.data);
    if (result.success) {
      valid.push({ ...entry, id: entry.id ?? '', data: result.data });
      continue;
    }
    const knownFields = Object.keys((schema as { shape?: Record<string, unknown> }).shape ?? {});
    const docs = fieldDocs(name);
    for (const issue of result.error.issues) {
      const received = valueAt(entry.data, issue.path);
      const { message, fix } = describeIssue(issue, received, knownFields, { doc: docs.get(docName(issue.path)) });
      // An unknown field is reported at the field itself, not at the entry.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
      const pos = entry.locate(path);
      problems.push({
        severity: 'error',
        rule: 'schema',
        file: entry.file,
        ...pos,
        field: `${name}[${entry.id ?? '?'}]${path.length ? '.' + path.join('.') : ''}`,
        message,
        fix,
      });
    }
  }
  return { valid, problems };
}

export function loadCorpus(root: string): { corpus: Corpus; problems: Problem[]; invalidIds: Record<string, Set<string>> } {
  const corpus = {} as Record<CollectionName, Entry<unknown>[]>;
  const problems: Problem[] = [];
  const invalidIds: Record<string, Set<string>> = {};
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    const raw = readCollection(root, name);
    problems.push(...raw.problems);
    const checked = validateEntries(name, raw.entries);
    corpus[name] = checked.valid;
    problems.push(...checked.problems);
    const valid = new Set(checked.valid.map((e) => e.id));
    invalidIds[name] = new Set(raw.entries.map((e) => e.id).filter((id): id is string => id !== undefined && !valid.has(id)));
  }
  return { corpus: corpus as unknown as Corpus, problems, invalidIds };
}

/** Every content file with its modification time: when it changes, a cached corpus is stale. */
function fingerprint(root: string): string {
  return Object.values(collectionSpecs)
    .flatMap((spec) => locationsOf(spec).flatMap((pattern) => filesFor(root, pattern)))
    .map((file) => `${file}:${statSync(file).mtimeMs}`)
    .join('|');
}

// Shared through globalThis because Astro loads the integration (which checks the
// content) and the content config (whose loader reads it again) as separate module
// instances in one process: the build then reads and validates every file once.
const CACHE_KEY = Symbol.for('commerce-atlas.corpus');
type CorpusCache = Map<string, { fingerprint: string; result: ReturnType<typeof loadCorpus> }>;

/** loadCorpus, remembered for this process until any content file changes. */
export function loadCorpusCached(given: string): ReturnType<typeof loadCorpus> {
  // One key per folder however it is spelled: Astro's config.root ends in "/", process.cwd()
  // does not, and the sitemap's dates (astro.config.mjs) read the corpus a second time
  // because of it (3.5 s at 10,000 entries).
  const root = resolve(given);
  const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as CorpusCache;
  const print = fingerprint(root);
  const hit = cache.get(root);
  if (hit && hit.fingerprint === print) return hit.result;
  const result = loadCorpus(root);
  cache.set(root, { fingerprint: print, result });
  return result;
}
