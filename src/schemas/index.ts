/**
 * Where each collection lives and which schema validates it. The checker, the
 * Astro content config and the tests all read this one table.
 */
import type { z } from 'astro/zod';
import type { SubjectType } from './claim.ts';
import { sourceSchema } from './source.ts';
import { measureSchema } from './measure.ts';
import { claimSchema } from './claim.ts';
import { eventSchema } from './event.ts';
import { termSchema } from './term.ts';
import { disagreementSchema } from './disagreement.ts';
import { caseSchema } from './case.ts';
import { platformSchema } from './platform.ts';
import { modelSchema } from './model.ts';
import { marketSchema } from './market.ts';
import { companySchema } from './company.ts';

interface CollectionBase {
  /** What one entry is called, for messages and pages. */
  label: { zh: string; en: string };
  /** Folder of the entry pages (`/<route>/<id>/`); absent for collections without pages. */
  route?: string;
  /** The claim subject type this collection answers to (`platform/<id>` …), if claims can be about its entries. */
  subject?: string;
  schema: z.ZodType;
}
export interface YamlCollection extends CollectionBase {
  format: 'yaml';
  /** Globs relative to the project root ("dir/file.yaml" or "dir/*.yaml"); every file holds a YAML list of entries with an `id`. */
  patterns: readonly string[];
}
export interface MdxCollection extends CollectionBase {
  format: 'mdx';
  /** Folder relative to the project root; the file name (without .mdx) is the id. */
  dir: string;
}
export type CollectionSpec = YamlCollection | MdxCollection;

/**
 * The registry: every collection once. The checker, the Astro content config, the
 * reference rule, permalinks and the tests derive from this table.
 */
export const collectionSpecs = {
  sources: {
    format: 'yaml',
    patterns: ['data/sources.yaml', 'data/sources/*.yaml'],
    schema: sourceSchema,
    label: { zh: '来源', en: 'source' },
    route: 'sources',
  },
  measures: { format: 'yaml', patterns: ['data/measures/*.yaml'], schema: measureSchema, label: { zh: '指标', en: 'measure' }, route: 'measures' },
  claims: { format: 'yaml', patterns: ['data/claims/*.yaml'], schema: claimSchema, label: { zh: '数据条目', en: 'claim' }, route: 'claims' },
  events: { format: 'yaml', patterns: ['data/events/*.yaml'], schema: eventSchema, label: { zh: '事件', en: 'event' }, route: 'events' },
  terms: { format: 'yaml', patterns: ['data/terms.yaml'], schema: termSchema, label: { zh: '术语', en: 'term' }, route: 'terms' },
  disagreements: { format: 'yaml', patterns: ['data/disagreements.yaml'], schema: disagreementSchema, label: { zh: '数据分歧', en: 'disagreement' } },
  cases: { format: 'mdx', dir: 'content/cases', schema: caseSchema, label: { zh: '案例', en: 'case' }, route: 'cases', subject: 'case' },
  platforms: {
    format: 'mdx',
    dir: 'content/platforms',
    schema: platformSchema,
    label: { zh: '平台', en: 'platform' },
    route: 'platforms',
    subject: 'platform',
  },
  models: { format: 'mdx', dir: 'content/models', schema: modelSchema, label: { zh: '电商模式', en: 'model' }, route: 'models', subject: 'model' },
  markets: { format: 'mdx', dir: 'content/markets', schema: marketSchema, label: { zh: '市场', en: 'market' }, route: 'markets', subject: 'market' },
  companies: {
    format: 'mdx',
    dir: 'content/companies',
    schema: companySchema,
    label: { zh: '公司', en: 'company' },
    route: 'companies',
    subject: 'company',
  },
} as const satisfies Record<string, CollectionSpec>;

/** Where a collection's files are, as globs (for messages and file watching). */
export function locationsOf(spec: CollectionSpec): readonly string[] {
  return spec.format === 'yaml' ? spec.patterns : [`${spec.dir}/*.mdx`];
}

/** The permalink of an entry: `/claims/<id>/`. */
export function entryHref(collection: CollectionName, id: string): string {
  const spec: CollectionSpec = collectionSpecs[collection];
  if (!spec.route) throw new Error(`collection ${collection} has no pages`);
  return `/${spec.route}/${id}/`;
}

export type CollectionName = keyof typeof collectionSpecs;

/** The collection a claim subject type names: platform → platforms, company → companies. */
export const SUBJECT_COLLECTION = Object.fromEntries(
  Object.entries(collectionSpecs).flatMap(([name, spec]) => ('subject' in spec ? [[spec.subject, name]] : [])),
) as Record<SubjectType, CollectionName>;

export * from './fields.ts';
export * from './source.ts';
export * from './measure.ts';
export * from './claim.ts';
export * from './event.ts';
export * from './term.ts';
export * from './disagreement.ts';
export * from './case.ts';
export * from './platform.ts';
export * from './model.ts';
export * from './market.ts';
export * from './company.ts';
