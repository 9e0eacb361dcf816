/**
 * Read the schemas back: their fields in order, what each one is (text, number, enum,
 * list, nested object), whether it must be given, its documentation and what it refers
 * to. The JSON Schema, docs/data-format.md, the scaffolder and the reference rules are
 * all derived from this walk, so a field is declared once, in its schema.
 */
import { z } from 'astro/zod';
import type { AtlasMeta } from './meta.ts';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
}

const defOf = (s: Schema) => s._zod.def as unknown as Def;

/** The schema under optional/default/pipe wrappers, with the metadata of every layer (outer wins). */
export function unwrap(schema: Schema): { base: Schema; meta: AtlasMeta; optional: boolean; default?: unknown } {
  const layers: Schema[] = [];
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    layers.push(s);
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly') {
      if (def.type === 'optional') optional = true;
      s = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      defaultValue ??= def.defaultValue;
      s = def.innerType!;
    } else if (def.type === 'pipe') {
      s = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else break;
  }
  const meta = Object.assign({}, ...layers.reverse().map((l) => z.globalRegistry.get(l) ?? {})) as AtlasMeta;
  return { base: s, meta, optional, default: defaultValue };
}

/** The metadata of a schema and its wrappers. */
export function metaOf(schema: Schema): AtlasMeta {
  return unwrap(schema).meta;
}

export type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'list' | 'object' | 'other';

export interface FieldInfo {
  /** Name inside the entry: `quote`, nested `text.file`, items of a list of objects `labels[].by`. */
  name: string;
  /** The last segment of the name. */
  key: string;
  /** How deep inside the entry (0: a top-level field). */
  depth: number;
  type: FieldType;
  /** The type of a list's items. */
  itemType?: FieldType;
  /** Allowed values of an enum (or of a list of enums). */
  values?: readonly string[];
  /** Must be written: neither optional nor defaulted. */
  required: boolean;
  default?: unknown;
  meta: AtlasMeta;
}

function typeOf(s: Schema): FieldType {
  const t = defOf(s).type;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'enum' || t === 'object') return t;
  return t === 'array' ? 'list' : 'other';
}

function info(name: string, key: string, depth: number, schema: Schema): { field: FieldInfo; base: Schema; item?: Schema } {
  const u = unwrap(schema);
  const type = typeOf(u.base);
  const item = type === 'list' ? unwrap(defOf(u.base).element!) : undefined;
  const enumOf = (s: Schema) => (defOf(s).type === 'enum' ? Object.values(defOf(s).entries!) : undefined);
  const field: FieldInfo = {
    name,
    key,
    depth,
    type,
    itemType: item && typeOf(item.base),
    values: enumOf(u.base) ?? (item && enumOf(item.base)),
    required: !u.optional && u.default === undefined,
    meta: { ...item?.meta, ...u.meta },
    ...(u.default !== undefined ? { default: u.default } : {}),
  };
  return { field, base: u.base, item: item?.base };
}

/** The fields of an object schema in their order, nested objects (and lists of objects) followed by their own fields. */
export function fieldsOf(schema: Schema, prefix = '', depth = 0): FieldInfo[] {
  const { base } = unwrap(schema);
  const shape = defOf(base).shape;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, s]) => {
    const name = prefix + key;
    const { field, base: inner, item } = info(name, key, depth, s);
    if (field.type === 'object') return [field, ...fieldsOf(inner, `${name}.`, depth + 1)];
    if (item && defOf(item).type === 'object') return [field, ...fieldsOf(item, `${name}[].`, depth + 1)];
    return [field];
  });
}

/** One id an entry names, where, and which collection (or `subject`) it belongs to. */
export interface FoundReference {
  path: PropertyKey[];
  target: string;
  id: string;
}

/** Every value of `data` that a `ref()` field of `schema` holds, with its path. */
export function referencesIn(schema: Schema, data: unknown, path: PropertyKey[] = []): FoundReference[] {
  if (data === undefined || data === null) return [];
  const { base, meta } = unwrap(schema);
  if (meta.ref !== undefined) return typeof data === 'string' ? [{ path, target: meta.ref, id: data }] : [];
  const def = defOf(base);
  if (def.type === 'array' && Array.isArray(data)) return data.flatMap((v, i) => referencesIn(def.element!, v, [...path, i]));
  if (def.type === 'object' && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    return Object.entries(def.shape!).flatMap(([key, s]) => referencesIn(s, record[key], [...path, key]));
  }
  return [];
}
