/**
 * JSON Schema for editors, generated from the Zod schemas (src/schemas), so VS Code
 * (redhat.vscode-yaml) can complete field names, show each field's meaning and
 * flag mistakes while typing. The Zod schemas stay the source of truth and
 * `npm run check` the authority; this is editor help.
 *
 * What `z.toJSONSchema` cannot express is added here:
 * - dates and periods are a z.preprocess (YAML may give a number: `date: 2021`)
 *   whose refinement is a function; they become string-or-integer with a pattern;
 * - object refinements (value or low/high, period or periodNote, published or
 *   publishedNote, two claims or events per disagreement) become anyOf/not rules
 *   carrying the schema's own bilingual messages;
 * - low <= high and real calendar dates (no 2023-02-29) cannot be said in JSON
 *   Schema and are left to `npm run check`.
 * Target draft-07: what the YAML language server supports everywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { PERIOD_POINT_PATTERN } from '../../lib/periods.ts';
import { collectionSpecs, locationsOf, partialDate, period, type CollectionName } from '../../schemas/index.ts';

type Json = Record<string, unknown>;

export const JSON_SCHEMA_DIR = 'public/schemas';
export const VSCODE_SETTINGS = '.vscode/settings.json';

/** The schema source file of each collection (for field descriptions). */
const SCHEMA_FILES: Record<CollectionName, string> = {
  sources: 'source.ts',
  measures: 'measure.ts',
  claims: 'claim.ts',
  events: 'event.ts',
  terms: 'term.ts',
  disagreements: 'disagreement.ts',
  cases: 'case.ts',
  platforms: 'platform.ts',
  models: 'model.ts',
  markets: 'market.ts',
  companies: 'company.ts',
};

const TITLES: Record<CollectionName, { zh: string; en: string }> = {
  sources: { zh: '来源', en: 'Sources' },
  measures: { zh: '指标', en: 'Measures' },
  claims: { zh: '数据条目', en: 'Claims' },
  events: { zh: '事件', en: 'Events' },
  terms: { zh: '术语', en: 'Terms' },
  disagreements: { zh: '分歧', en: 'Disagreements' },
  cases: { zh: '案例（front matter）', en: 'Cases (front matter)' },
  platforms: { zh: '平台（front matter）', en: 'Platforms (front matter)' },
  models: { zh: '电商模式（front matter）', en: 'Models (front matter)' },
  markets: { zh: '市场（front matter）', en: 'Markets (front matter)' },
  companies: { zh: '公司（front matter）', en: 'Companies (front matter)' },
};

export function schemaFileName(name: CollectionName): string {
  return `${JSON_SCHEMA_DIR}/${name}.schema.json`;
}

/** Where the files of a collection are: a glob for YAML, the MDX folder for front matter. */
export function collectionGlobs(name: CollectionName): readonly string[] {
  return locationsOf(collectionSpecs[name]);
}

/** JSDoc comments of the properties in a schema source file: name → text. */
export function fieldDocs(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*([A-Za-z]+)\s*[:,]/g)) {
    const text = m[1]
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    if (!docs.has(m[2])) docs.set(m[2], text);
  }
  return docs;
}

/** The message a schema gives for a value (our refinements carry "中文 | English"). */
function messageFor(schema: z.ZodType, value: unknown, path?: string): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to fail`);
  const issue = path === undefined ? result.error.issues[0] : result.error.issues.find((i) => i.path.join('.') === path);
  if (!issue) throw new Error(`no issue at ${path} for ${JSON.stringify(value)}`);
  return issue.message;
}

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const POINT = PERIOD_POINT_PATTERN;
const PERIOD_PATTERN = `^${POINT}(/${POINT})?$`;

/** Valid entries to vary, so refinement messages come from the schemas themselves. */
const BASE_CLAIM = {
  id: 'a',
  subject: 'case/a',
  measure: 'a',
  value: 1,
  unit: 'count',
  period: '2022',
  claimant: 'a',
  kind: 'media',
  source: 'a',
  quote: 'a 1',
};
const BASE_SOURCE = { id: 'a', title: 'a', outlet: 'a', published: '2022', accessed: '2026-12-01', language: 'zh-Hans', kind: 'news' };
const BASE_DISAGREEMENT = { id: 'a', title: 'a', claims: ['a', 'b'], why: 'a' };

function without(obj: Json, ...keys: string[]): Json {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

/** Object-level rules the Zod refinements enforce, as JSON Schema. */
function refinements(name: CollectionName): Json[] {
  const schema = collectionSpecs[name].schema;
  switch (name) {
    case 'claims':
      return [
        { anyOf: [{ required: ['value'] }, { required: ['low', 'high'] }], errorMessage: messageFor(schema, without(BASE_CLAIM, 'value'), 'value') },
        {
          not: { anyOf: [{ required: ['value', 'low'] }, { required: ['value', 'high'] }] },
          errorMessage: messageFor(schema, { ...BASE_CLAIM, low: 1, high: 2 }, 'value'),
        },
        {
          anyOf: [{ required: ['period'] }, { required: ['periodNote'] }],
          errorMessage: messageFor(schema, without(BASE_CLAIM, 'period'), 'period'),
        },
      ];
    case 'sources':
      return [
        {
          anyOf: [{ required: ['published'] }, { required: ['publishedNote'] }],
          errorMessage: messageFor(schema, without(BASE_SOURCE, 'published'), 'published'),
        },
      ];
    case 'disagreements':
      return [
        {
          anyOf: [
            { required: ['claims'], properties: { claims: { minItems: 2 } } },
            { required: ['events'], properties: { events: { minItems: 2 } } },
            { required: ['claims', 'events'], properties: { claims: { minItems: 1 }, events: { minItems: 1 } } },
          ],
          errorMessage: messageFor(schema, { ...BASE_DISAGREEMENT, claims: ['a'] }, 'claims'),
        },
      ];
    default:
      return [];
  }
}

/** Add descriptions (from JSDoc) to every `properties` entry that has none. */
function describe(node: unknown, docs: Map<string, string>): void {
  if (Array.isArray(node)) return node.forEach((n) => describe(n, docs));
  if (!node || typeof node !== 'object') return;
  const obj = node as Json;
  if (obj.properties && typeof obj.properties === 'object') {
    for (const [key, prop] of Object.entries(obj.properties as Record<string, Json>)) {
      if (prop.description === undefined && docs.has(key)) prop.description = docs.get(key);
    }
  }
  for (const value of Object.values(obj)) describe(value, docs);
}

/** The JSON Schema of one entry of a collection (an item, or an MDX front matter). */
export function entrySchema(name: CollectionName, schemaDir: string): Json {
  const schema = collectionSpecs[name].schema;
  const dateMessage = messageFor(partialDate, 'x');
  const periodMessage = messageFor(period, 'x');
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-07',
    override: (ctx) => {
      const js = ctx.jsonSchema as Json;
      if (ctx.zodSchema === (partialDate as unknown)) {
        Object.assign(js, { type: ['string', 'integer'], pattern: DATE_PATTERN, minimum: 1990, maximum: 2100, patternErrorMessage: dateMessage });
      } else if (ctx.zodSchema === (period as unknown)) {
        Object.assign(js, { type: ['string', 'integer'], pattern: PERIOD_PATTERN, minimum: 1990, maximum: 2100, patternErrorMessage: periodMessage });
      } else if (typeof js.pattern === 'string' && js.patternErrorMessage === undefined) {
        // A regex check: show the schema's own bilingual message.
        const r = (ctx.zodSchema as unknown as z.ZodType).safeParse(' ');
        if (!r.success) js.patternErrorMessage = r.error.issues[0].message;
      }
    },
  }) as Json;
  delete json.$schema;
  const rules = refinements(name);
  if (rules.length) json.allOf = rules;
  describe(json, fieldDocs(readFileSync(join(schemaDir, SCHEMA_FILES[name]), 'utf8')));
  return json;
}

/** The file for a collection: YAML files hold a list of entries, MDX front matter one object. */
export function collectionSchema(name: CollectionName, schemaDir: string): Json {
  const spec = collectionSpecs[name];
  const title = `Commerce Atlas — ${TITLES[name].en} (${collectionGlobs(name).join(', ')})`;
  const description = `${TITLES[name].zh}：由 src/schemas 生成，请勿手改；字段说明见 docs/data-format.md。 | Generated from src/schemas by npm run schemas — do not edit; fields are described in docs/data-format.md.`;
  const entry = entrySchema(name, schemaDir);
  const head = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated by scripts/json-schema.ts from src/schemas. Do not edit.',
    title,
    description,
  };
  return spec.format === 'yaml' ? { ...head, type: 'array', items: entry } : { ...head, ...entry };
}

/** yaml.schemas for the Red Hat YAML extension: schema path → globs (YAML collections only). */
export function yamlSchemasSetting(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    if (collectionSpecs[name].format === 'yaml') out[`./${schemaFileName(name)}`] = [...collectionGlobs(name)];
  }
  return out;
}

export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Every generated schema file: path relative to the root → text. */
export function generatedSchemaFiles(root: string): Map<string, string> {
  const schemaDir = join(root, 'src/schemas');
  const files = new Map<string, string>();
  for (const name of Object.keys(collectionSpecs) as CollectionName[]) {
    files.set(schemaFileName(name), toJsonText(collectionSchema(name, schemaDir)));
  }
  return files;
}

/**
 * .vscode/settings.json with our yaml.schemas, keeping every other setting.
 * Throws when the existing file is not plain JSON (comments are not kept).
 */
export function mergeVscodeSettings(existing: string | undefined): string {
  const settings = existing === undefined || existing.trim() === '' ? {} : (JSON.parse(existing) as Json);
  return toJsonText({ ...settings, 'yaml.schemas': yamlSchemasSetting() });
}
