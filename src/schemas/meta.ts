/**
 * Documentation and rules carried by the schemas themselves, through Zod 4 `.meta()`.
 * Each field says once, in both languages, what it means; the JSON Schema for editors,
 * docs/data-format.md, the scaffolder's prompts and the checker's reference rule all
 * read it from here (walk.ts reads it back). Messages of our own rules travel as
 * `{ zh, en }` in the Zod issue's `params`, never as one string to be split.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What a field (or an entry) means, for readers, editors and prompts. */
export interface FieldDoc extends Bilingual {
  /** A typical value, as it would be written in YAML. */
  example?: string | number | readonly string[];
  /** What each value of an enum means. */
  values?: Readonly<Record<string, Bilingual>>;
}

/** Fields of which at least one option (a set of fields) must be given in full. */
export interface Alternative {
  options: readonly (readonly string[])[];
  /** What to give, for the scaffolder's "missing" list: "value, or low and high for a range". */
  label: Bilingual;
  /** The error when no option is given at all. */
  missing: Bilingual;
  /** The error when more than one option is given (only when they exclude each other). */
  exclusive?: Bilingual;
}

/**
 * What a reference field points at: a collection name of the registry (index.ts), or
 * `subject` ("kind/id", see SUBJECT_COLLECTION). A plain string because the registry's
 * names are derived from the schemas; tests/schemas checks every target is registered.
 */
export type RefTarget = string;

/** Everything we keep in Zod's metadata. Zod copies metadata into its JSON Schema; json-schema.ts cleans it. */
export type AtlasMeta = {
  /** English description, as JSON Schema tools expect. */
  description?: string;
  doc?: FieldDoc;
  ref?: RefTarget;
  alternatives?: readonly Alternative[];
  /** JSON Schema keywords for what `z.toJSONSchema` cannot see (a pattern enforced by a refinement). */
  json?: Readonly<Record<string, unknown>>;
  /** JSON Schema rules (allOf) for an object refinement `z.toJSONSchema` cannot see; alternatives are added on their own. */
  jsonRules?: readonly Readonly<Record<string, unknown>>[];
  /** The schema's own field type, for the generated docs: "period", "date". */
  format?: string;
};

/** Field documentation: `name: text.meta(doc({ zh: '名称', en: 'Name', example: '顺子说茶' }))`. */
export function doc(d: FieldDoc): AtlasMeta {
  return { description: d.en, doc: d };
}

/**
 * Options for `.refine()` (or `ctx.addIssue`) whose message is bilingual: the issue's
 * `params` carry `{ zh, en }` for the checker; `message` is for plain Zod readers.
 */
export function says(m: Bilingual): { message: string; params: Bilingual } {
  return { message: `${m.en}（${m.zh}）`, params: { zh: m.zh, en: m.en } };
}

/** The bilingual message our own rules put in an issue's params, if it has one. */
export function bilingualOf(issue: { code?: string; params?: unknown }): Bilingual | undefined {
  const p = issue.params as Partial<Bilingual> | undefined;
  return issue.code === 'custom' && typeof p?.zh === 'string' && typeof p.en === 'string' ? { zh: p.zh, en: p.en } : undefined;
}

type Issue = { code: 'custom'; path: PropertyKey[]; message: string; params: Bilingual };

/** Issues for alternatives not given (or, when exclusive, given twice), each at the first field of the first option. */
export function alternativeIssues(data: Record<string, unknown>, alternatives: readonly Alternative[]): Issue[] {
  const issues: Issue[] = [];
  for (const alt of alternatives) {
    const touched = alt.options.filter((option) => option.some((name) => data[name] !== undefined));
    const path = [alt.options[0][0]];
    if (touched.length === 0) issues.push({ code: 'custom', path, ...says(alt.missing) });
    else if (alt.exclusive && touched.length > 1) issues.push({ code: 'custom', path, ...says(alt.exclusive) });
  }
  return issues;
}
