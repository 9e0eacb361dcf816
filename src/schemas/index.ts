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
  /** Folder of the entry pages (`/<route>/<id>/`); absent for collections without pages of their own. */
  route?: string;
  /** The list page of the collection, what the site's navigation calls it, and where the link sits. */
  list?: { href: string; zh: string; nav?: { place: 'main' | 'footer'; order: number } };
  /** Entries without pages are anchors on the paginated list page that holds them. */
  anchoredInList?: { pageSize: number };
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
    list: { href: '/sources/', zh: '来源', nav: { place: 'footer', order: 4 } },
  },
  measures: {
    format: 'yaml',
    patterns: ['data/measures/*.yaml'],
    schema: measureSchema,
    label: { zh: '指标', en: 'measure' },
    route: 'measures',
    list: { href: '/measures/', zh: '指标', nav: { place: 'main', order: 5 } },
  },
  claims: {
    format: 'yaml',
    patterns: ['data/claims/*.yaml'],
    schema: claimSchema,
    label: { zh: '数据条目', en: 'claim' },
    route: 'claims',
    list: { href: '/claims/', zh: '数据', nav: { place: 'main', order: 4 } },
  },
  events: {
    format: 'yaml',
    patterns: ['data/events/*.yaml'],
    schema: eventSchema,
    label: { zh: '事件', en: 'event' },
    route: 'events',
    list: { href: '/timeline/', zh: '时间线', nav: { place: 'main', order: 6 } },
  },
  terms: {
    format: 'yaml',
    patterns: ['data/terms.yaml'],
    schema: termSchema,
    label: { zh: '术语', en: 'term' },
    route: 'terms',
    list: { href: '/terms/', zh: '术语', nav: { place: 'main', order: 7 } },
  },
  disagreements: {
    format: 'yaml',
    patterns: ['data/disagreements.yaml'],
    schema: disagreementSchema,
    label: { zh: '数据分歧', en: 'disagreement' },
    list: { href: '/disagreements/', zh: '数据分歧', nav: { place: 'footer', order: 6 } },
    anchoredInList: { pageSize: 20 },
  },
  cases: {
    format: 'mdx',
    dir: 'content/cases',
    schema: caseSchema,
    label: { zh: '案例', en: 'case' },
    route: 'cases',
    subject: 'case',
    list: { href: '/cases/', zh: '案例', nav: { place: 'main', order: 3 } },
  },
  platforms: {
    format: 'mdx',
    dir: 'content/platforms',
    schema: platformSchema,
    label: { zh: '平台', en: 'platform' },
    route: 'platforms',
    subject: 'platform',
    list: { href: '/platforms/', zh: '平台', nav: { place: 'main', order: 2 } },
  },
  models: {
    format: 'mdx',
    dir: 'content/models',
    schema: modelSchema,
    label: { zh: '电商模式', en: 'model' },
    route: 'models',
    subject: 'model',
    list: { href: '/models/', zh: '电商模式', nav: { place: 'footer', order: 5 } },
  },
  markets: {
    format: 'mdx',
    dir: 'content/markets',
    schema: marketSchema,
    label: { zh: '市场', en: 'market' },
    route: 'markets',
    subject: 'market',
    list: { href: '/markets/', zh: '市场', nav: { place: 'footer', order: 2 } },
  },
  companies: {
    format: 'mdx',
    dir: 'content/companies',
    schema: companySchema,
    label: { zh: '公司', en: 'company' },
    route: 'companies',
    subject: 'company',
    list: { href: '/companies/', zh: '公司', nav: { place: 'footer', order: 3 } },
  },
} as const satisfies Record<string, CollectionSpec>;

/** Where a collection's files are, as globs (for messages and file watching). */
export function locationsOf(spec: CollectionSpec): readonly string[] {
  return spec.format === 'yaml' ? spec.patterns : [`${spec.dir}/*.mdx`];
}

/** The permalink of an entry with a page of its own: `/claims/<id>/`. */
export function entryHref(collection: CollectionName, id: string): string {
  const spec: CollectionSpec = collectionSpecs[collection];
  if (!spec.route) throw new Error(`collection ${collection} has no entry pages: use anchorHref`);
  return `/${spec.route}/${id}/`;
}

/** A file published beside an entry's page: `/sources/<id>.csl.json`. */
export function entryFileHref(collection: CollectionName, id: string, extension: string): string {
  return entryHref(collection, id).replace(/\/$/, extension);
}

/** URL of the paginated list page holding item `index` (0-based), as Astro's paginate() names them. */
export function pageHref(base: string, index: number, pageSize: number): string {
  const page = Math.floor(index / pageSize) + 1;
  return page === 1 ? base : `${base}${page}/`;
}

/** Where an entry without a page is shown: the page of its list that holds entry `index`, and its anchor. */
export function anchorHref(collection: CollectionName, id: string, index: number): string {
  const spec: CollectionSpec = collectionSpecs[collection];
  if (!spec.anchoredInList || !spec.list) throw new Error(`collection ${collection} is not anchored in a list`);
  return `${pageHref(spec.list.href, index, spec.anchoredInList.pageSize)}#${id}`;
}

/** The list page of a collection: `/cases/`, `/timeline/` for events. */
export function listHref(collection: CollectionName): string {
  const spec: CollectionSpec = collectionSpecs[collection];
  if (!spec.list) throw new Error(`collection ${collection} has no list page`);
  return spec.list.href;
}

/** Links the site navigation takes from the registry, in order, for one place (header or footer). */
export function navLinks(place: 'main' | 'footer'): { collection: CollectionName; href: string; label: string; order: number }[] {
  return (Object.entries(collectionSpecs) as [CollectionName, CollectionSpec][])
    .flatMap(([collection, spec]) =>
      spec.list?.nav?.place === place ? [{ collection, href: spec.list.href, label: spec.list.zh, order: spec.list.nav.order }] : [],
    )
    .sort((a, b) => a.order - b.order);
}

export type CollectionName = keyof typeof collectionSpecs;
/** Every collection name, in registry order. */
export const COLLECTION_NAMES = Object.keys(collectionSpecs) as CollectionName[];
/** The validated data of one entry of a collection (the schema's output type). */
export type EntryData<N extends CollectionName> = z.output<(typeof collectionSpecs)[N]['schema']>;

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
