/**
 * Every cross-reference must resolve. Astro's reference() lets a dangling id through
 * (a page crashes later, or not at all); this rule names the missing id, where it is,
 * and the closest ids that do exist.
 */
import { parseSubject } from '../../../schemas/claim.ts';
import { collectionSpecs, locationsOf, SUBJECT_COLLECTION, type CollectionName } from '../../../schemas/index.ts';
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

function list(path: PropertyKey[], target: Target, ids: readonly string[] | undefined): Ref[] {
  return (ids ?? []).map((id, i) => ({ path: [...path, i], target, id }));
}
function one(path: PropertyKey[], target: Target, id: string | undefined): Ref[] {
  return id === undefined ? [] : [{ path, target, id }];
}

/** Which fields of which collection point where. */
const referencesOf: { [K in keyof Corpus]?: (data: Corpus[K][number]['data']) => Ref[] } = {
  claims: (c) => {
    const subject = parseSubject(c.subject);
    const target = SUBJECT_COLLECTION[subject.type];
    return [
      ...one(['source'], 'sources', c.source),
      ...one(['measure'], 'measures', c.measure),
      ...one(['subject'], target, subject.id),
      ...list(['derivedFrom'], 'claims', c.derivedFrom),
    ];
  },
  events: (e) => [...one(['source'], 'sources', e.source), ...list(['platforms'], 'platforms', e.platforms)],
  terms: (t) => [...one(['source'], 'sources', t.source), ...list(['related'], 'terms', t.related)],
  disagreements: (d) => [...list(['claims'], 'claims', d.claims), ...list(['events'], 'events', d.events)],
  cases: (c) => [...list(['platforms'], 'platforms', c.platforms), ...list(['models'], 'models', c.models)],
  platforms: (p) => [...one(['parent'], 'platforms', p.parent), ...list(['models'], 'models', p.models)],
  companies: (c) => list(['platforms'], 'platforms', c.platforms),
  models: (m) => [
    ...one(['broader'], 'models', m.broader),
    ...list(['platforms'], 'platforms', m.platforms),
    ...m.labels.flatMap((l, i) => [...one(['labels', i, 'source'], 'sources', l.source), ...one(['labels', i, 'platform'], 'platforms', l.platform)]),
    ...m.traits.flatMap((t, i) => [...one(['traits', i, 'source'], 'sources', t.source), ...list(['traits', i, 'claims'], 'claims', t.claims)]),
  ],
};

/** Ids of every collection, for lookups. */
export function idSets(corpus: Corpus): Record<Target, Set<string>> {
  return Object.fromEntries(Object.keys(TARGETS).map((t) => [t, new Set(corpus[t as Target].map((e) => e.id))])) as Record<Target, Set<string>>;
}

export function references(corpus: Corpus, context: { invalidIds: Record<string, Set<string>> } = { invalidIds: {} }): Problem[] {
  const ids = idSets(corpus);
  const problems: Problem[] = [];
  for (const [collection, refsOf] of Object.entries(referencesOf) as [keyof Corpus, (d: unknown) => Ref[]][]) {
    for (const entry of corpus[collection] as Entry<unknown>[]) {
      for (const ref of refsOf(entry.data)) {
        // An entry that failed its schema was reported already; do not cascade.
        if (ids[ref.target].has(ref.id) || context.invalidIds[ref.target]?.has(ref.id)) continue;
        const { message, fix } = missingReference(TARGETS[ref.target], ref.id, ids[ref.target]);
        problems.push(problemAt(entry, collection, ref.path, 'reference', message, fix));
      }
    }
  }
  return problems;
}
