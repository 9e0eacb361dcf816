/**
 * Turn typed field values into an entry object (in the schema's field order),
 * find what is still missing, and validate the entry with its collection's
 * schema. Pure: no file system.
 */
import { parseAmount } from '../../lib/check/numerals.ts';
import { collectionSpecs, id as idSchema } from '../../schemas/index.ts';
import { describeIssue, valueAt } from '../../lib/check/corpus/zod-issues.ts';
import type { Bilingual } from '../../lib/check/problems.ts';
import type { FieldSpec, KindSpec } from './kinds.ts';

export type Given = Record<string, string[]>;
export type EntryObject = Record<string, unknown>;

/** A field that must still be given: a single field, or one of several alternatives. */
export interface MissingField {
  /** Fields to ask for, in order: the first option of an alternative first. */
  options: readonly (readonly string[])[];
  /** The flags to give: "--subject", "--value 或 or --low + --high". */
  flags: string;
  message: Bilingual;
}

/** Read a number as typed (30, 3000万, 11,844億, 175.1 billion, 30%): the one numeral reader in numbers.ts. */
export const parseNumber = parseAmount;

/** Split a list value: "a, b，c、d" or "[a, b]". */
export function parseList(values: readonly string[]): string[] {
  return values
    .flatMap((v) =>
      v
        .trim()
        .replace(/^\[(.*)\]$/s, '$1')
        .split(/[,，、]/),
    )
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Values actually given for a field (empty strings count as not given). */
export function givenValues(given: Given, name: string): string[] {
  return (given[name] ?? []).filter((v) => v.trim() !== '');
}

export function isGiven(given: Given, name: string): boolean {
  return givenValues(given, name).length > 0;
}

function setPath(target: EntryObject, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let obj = target;
  for (const part of parts.slice(0, -1)) obj = (obj[part] ??= {}) as EntryObject;
  obj[parts[parts.length - 1]] = value;
}

function coerce(field: FieldSpec, values: string[]): { value?: unknown; error?: Bilingual } {
  if (field.type === 'list') return { value: parseList(values) };
  if (values.length > 1) {
    return {
      error: { zh: `--${field.name} 给了 ${values.length} 次，只能给一次`, en: `--${field.name} was given ${values.length} times; give it once` },
    };
  }
  const raw = values[0].trim();
  if (field.type === 'number') {
    const n = parseNumber(raw);
    if (n === undefined) {
      return {
        error: {
          zh: `--${field.name} 的值 "${raw}" 不是数字：写成 30、3.5、3000万 或 1.2亿`,
          en: `--${field.name} "${raw}" is not a number: write 30, 3.5, 3000万 or 1.2亿`,
        },
      };
    }
    return { value: n };
  }
  if (field.type === 'enum' && field.values && !field.values.includes(raw)) {
    return {
      error: {
        zh: `--${field.name} 的值 "${raw}" 不在允许范围内，可用：${field.values.join(', ')}`,
        en: `--${field.name} "${raw}" is not allowed; use one of: ${field.values.join(', ')}`,
      },
    };
  }
  return { value: raw };
}

/** Fill in fields that have a default and were not given; returns what was filled in. */
export function applyDefaults(spec: KindSpec, given: Given): Bilingual[] {
  const notes: Bilingual[] = [];
  for (const field of spec.fields) {
    if (field.default !== undefined && !isGiven(given, field.name)) {
      given[field.name] = [field.default];
      notes.push({ zh: `${field.name} 未给出，使用默认值 ${field.default}`, en: `${field.name} not given, using the default ${field.default}` });
    }
  }
  return notes;
}

/** Build the entry from typed values, in the order of the spec's fields. */
export function buildEntry(spec: KindSpec, given: Given): { entry: EntryObject; errors: Bilingual[] } {
  const errors: Bilingual[] = [];
  const known = new Set(spec.fields.map((f) => f.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      errors.push({
        zh: `${spec.name.zh}没有字段 --${name}；可用字段：${spec.fields.map((f) => f.name).join(', ')}`,
        en: `a ${spec.name.en} has no field --${name}; fields: ${spec.fields.map((f) => f.name).join(', ')}`,
      });
    }
  }
  const entry: EntryObject = {};
  for (const field of spec.fields) {
    const values = givenValues(given, field.name);
    if (!values.length) continue;
    const { value, error } = coerce(field, values);
    if (error) errors.push(error);
    else setPath(entry, field.name, value);
  }
  return { entry, errors };
}

function describeField(field: FieldSpec): Bilingual {
  const values = field.values && !field.label.en.includes(field.values[0]) ? ` (${field.values.join(' | ')})` : '';
  return { zh: field.label.zh, en: field.label.en + values };
}

/** Required fields and alternatives not yet given, in field order. */
export function missingFields(spec: KindSpec, given: Given): MissingField[] {
  const missing: MissingField[] = [];
  for (const field of spec.fields) {
    if (field.required && !isGiven(given, field.name))
      missing.push({ options: [[field.name]], flags: `--${field.name}`, message: describeField(field) });
  }
  for (const alt of spec.alternatives) {
    if (alt.options.some((option) => option.every((name) => isGiven(given, name)))) continue;
    missing.push({
      options: alt.options,
      flags: alt.options.map((o) => o.map((n) => `--${n}`).join(' + ')).join(' 或 or '),
      message: alt.label,
    });
  }
  return missing;
}

/** Problems of an id: its format. */
export function idProblem(id: string | undefined): Bilingual | undefined {
  if (id === undefined) return undefined;
  if (idSchema.safeParse(id).success) return undefined;
  return {
    zh: `id "${id}" 不合法：只能用小写英文字母、数字和连字符，如 shunzi-shuocha`,
    en: `id "${id}" is not valid: use lowercase ASCII kebab-case, e.g. shunzi-shuocha`,
  };
}

/**
 * Validate with the collection's schema. MDX collections are validated without
 * the id (their id is the file name). Returns the parsed data or the problems.
 */
export function validateEntry(spec: KindSpec, entry: EntryObject): { data?: unknown; errors: Bilingual[] } {
  const collection = collectionSpecs[spec.collection];
  const input = collection.format === 'mdx' ? withoutId(entry) : entry;
  const result = collection.schema.safeParse(input);
  if (result.success) return { data: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      const { message, fix } = describeIssue(issue, valueAt(input, issue.path));
      const where = issue.path.length ? issue.path.join('.') : spec.name.en;
      const sameText = message.zh === fix.zh;
      return {
        zh: `${where}：${message.zh}${sameText ? '' : `（${fix.zh}）`}`,
        en: `${where}: ${message.en}${sameText ? '' : ` (${fix.en})`}`,
      };
    }),
  };
}

export function withoutId(entry: EntryObject): EntryObject {
  const { id: _id, ...rest } = entry;
  return rest;
}
