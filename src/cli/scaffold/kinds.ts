/**
 * What `npm run new` can scaffold. The fields, their order, types, enum values, which
 * are required, their defaults, descriptions and examples, and the alternatives
 * (value | low + high) all come from the schemas (src/schemas, read by walk.ts); this
 * file only says which collection each kind writes and how the prompts behave.
 */
import { collectionSpecs, id as idSchema, type CollectionName } from '../../schemas/index.ts';
import type { Alternative, Bilingual } from '../../schemas/meta.ts';
import { fieldsOf, metaOf, type FieldInfo } from '../../schemas/walk.ts';

export const scaffoldKinds = ['case', 'claim', 'source', 'term'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export type FieldType = 'string' | 'number' | 'list' | 'enum';

export interface FieldSpec {
  /** Field name; nested fields are dotted (text.file). */
  name: string;
  type: FieldType;
  /** Allowed values of an enum field. */
  values?: readonly string[];
  /** Must be given (or have a default). */
  required?: boolean;
  /** Used when the field is not given; reported as a note. */
  default?: string;
  /** Asked for interactively even though optional (commonly wanted). */
  ask?: boolean;
  /** Required, but may be left empty when asked: it is filled in from another field. */
  derived?: boolean;
  /** What to type, for prompts and the "missing fields" message: the schema's documentation. */
  label: Bilingual;
  /** An example value. */
  example?: string;
}

export interface KindSpec {
  kind: ScaffoldKind;
  collection: CollectionName;
  /** Human names of the kind. */
  name: Bilingual;
  fields: FieldSpec[];
  alternatives: readonly Alternative[];
}

/** Today's date: a new source is read today unless the contributor says otherwise. */
const today = () => new Date().toISOString().slice(0, 10);

/** How each kind is asked for: what is not in the schemas. */
const KINDS: Record<
  ScaffoldKind,
  { collection: CollectionName; ask: string[]; derived?: string[]; defaults?: Record<string, () => string>; idExample?: string }
> = {
  case: { collection: 'cases', ask: ['aliases', 'en', 'platforms', 'models', 'period'], idExample: 'shunzi-shuocha' },
  // A claim's unit is its measure's: plan.ts fills it in when left out.
  claim: { collection: 'claims', ask: ['claimantRole'], derived: ['unit'] },
  source: { collection: 'sources', ask: ['authors', 'url', 'text.file'], defaults: { accessed: today, language: () => 'zh-Hans' } },
  term: { collection: 'terms', ask: ['aliases', 'related', 'source'] },
};

const typeOf = (f: FieldInfo): FieldType => (f.type === 'number' || f.type === 'list' || f.type === 'enum' ? f.type : 'string');
const asText = (v: unknown) => (Array.isArray(v) ? v.join(',') : String(v));

function fieldSpec(f: FieldInfo, kind: ScaffoldKind): FieldSpec {
  const config = KINDS[kind];
  const schemaDefault = f.default !== undefined && !Array.isArray(f.default) ? String(f.default) : undefined;
  const fallback = config.defaults?.[f.name]?.() ?? schemaDefault;
  const doc = f.meta.doc;
  return {
    name: f.name,
    type: typeOf(f),
    ...(f.values ? { values: f.values } : {}),
    ...((f.required && f.depth === 0) || fallback !== undefined ? { required: true } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
    ...(config.ask.includes(f.name) ? { ask: true } : {}),
    ...(config.derived?.includes(f.name) ? { derived: true } : {}),
    label: { zh: doc?.zh ?? f.name, en: doc?.en ?? f.name },
    ...(doc?.example !== undefined ? { example: asText(doc.example) } : {}),
  };
}

function kindSpec(kind: ScaffoldKind): KindSpec {
  const { collection, idExample } = KINDS[kind];
  const spec = collectionSpecs[collection];
  // Nested objects are written through their own fields (text.file); lists of objects are not scaffolded.
  const fields = fieldsOf(spec.schema)
    .filter((f) => f.type !== 'object' && !f.name.includes('[]'))
    .map((f) => fieldSpec(f, kind));
  if (spec.format === 'mdx') {
    // The file name is the id of an MDX entry.
    const doc = metaOf(idSchema).doc!;
    fields.unshift({ name: 'id', type: 'string', required: true, label: { zh: doc.zh, en: doc.en }, ...(idExample ? { example: idExample } : {}) });
  }
  return { kind, collection, name: spec.label, fields, alternatives: metaOf(spec.schema).alternatives ?? [] };
}

export const kindSpecs = Object.fromEntries(scaffoldKinds.map((k) => [k, kindSpec(k)])) as Record<ScaffoldKind, KindSpec>;

export function isScaffoldKind(value: string | undefined): value is ScaffoldKind {
  return (scaffoldKinds as readonly string[]).includes(value ?? '');
}

/** Every field name of every kind: the options `npm run new` knows. */
export function allFieldNames(): string[] {
  return [...new Set(scaffoldKinds.flatMap((k) => kindSpecs[k].fields.map((f) => f.name)))];
}
