/**
 * Every cross-reference must resolve. Astro's reference() lets a dangling id through
 * (a page crashes later, or not at all); this rule names the missing id, where it is,
 * and the closest ids that do exist. Which fields are references is read from the
 * schemas (`ref()` in src/schemas/fields.ts), so a new reference field is checked as
 * soon as it is declared.
 */
import { parseSubject } from '../../../schemas/claim.ts';
import { collectionSpecs, locationsOf, SUBJECT_COLLECTION, type CollectionName } from '../../../schemas/index.ts';
import { referencesIn } from '../../../schemas/walk.ts';
import type { Corpus, Entry } from '../corpus/load.ts';
import type { Problem } from '../problems.ts';
import { missingReference, problemAt } from './shared.ts';

type Target = CollectionName;

/** How messages name each collection and where its entries live, from the registry. */
const TARGETS = Object.fromEntries(
  Object.entries(collectionSpecs).map(([name, spec]) => [name, { ...spec.label, where: locationsOf(spec).join(', ') }]),
) as Record<Target, { zh: string; en: string; where: string }>;

/** One reference found in an entry: the field path and the id it names. */
interface Ref {
  path: PropertyKey[];
  target: Target;
  id: string;
}

/**
 * The references of an entry, read from its schema: every field declared with `ref()`
 * (src/schemas/fields.ts). A claim's subject is "kind/id": its collection comes from the kind.
 */
export function referencesOf(collection: Target, data: unknown): Ref[] {
  return referencesIn(collectionSpecs[collection].schema, data).map((r) => {
    if (r.target !== 'subject') return { path: r.path, target: r.target as Target, id: r.id };
    const subject = parseSubject(r.id);
    return { path: r.path, target: SUBJECT_COLLECTION[subject.type], id: subject.id };
  });
}

/** Ids of every collection, for lookups. */
export function idSets(corpus: Corpus): Record<Target, Set<string>> {
  return Object.fromEntries(Object.keys(TARGETS).map((t) => [t, new Set(corpus[t as Target].map((e) => e.id))])) as Record<Target, Set<string>>;
}

export function references(corpus: Corpus, context: { invalidIds: Record<string, Set<string>> } = { invalidIds: {} }): Problem[] {
  const ids = idSets(corpus);
  const problems: Problem[] = [];
  for (const collection of Object.keys(collectionSpecs) as Target[]) {
    for (const entry of corpus[collection] as Entry<unknown>[]) {
      for (const ref of referencesOf(collection, entry.data)) {
        // An entry that failed its schema was reported already; do not cascade.
        if (ids[ref.target].has(ref.id) || context.invalidIds[ref.target]?.has(ref.id)) continue;
        const { message, fix } = missingReference(TARGETS[ref.target], ref.id, ids[ref.target]);
        problems.push(problemAt(entry, collection, ref.path, 'reference', message, fix));
      }
    }
  }
  return problems;
}
