/**
 * Where each collection lives and which schema validates it. The checker, the
 * Astro content config and the tests all read this one table.
 */
import type { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { measureSchema } from './measure.ts';
import { claimSchema } from './claim.ts';
import { eventSchema } from './event.ts';
import { termSchema } from './term.ts';
import { disagreementSchema } from './disagreement.ts';
import { caseSchema } from './case.ts';
import { platformSchema } from './platform.ts';
import { modelSchema } from './model.ts';

export interface YamlCollection {
  format: 'yaml';
  /** Glob relative to the project root; every file holds a YAML list of entries with an `id`. */
  pattern: string;
  schema: z.ZodType;
}
export interface MdxCollection {
  format: 'mdx';
  /** Folder relative to the project root; the file name (without .mdx) is the id. */
  dir: string;
  schema: z.ZodType;
}
export type CollectionSpec = YamlCollection | MdxCollection;

export const collectionSpecs = {
  sources: { format: 'yaml', pattern: 'data/sources.yaml', schema: sourceSchema },
  measures: { format: 'yaml', pattern: 'data/measures/*.yaml', schema: measureSchema },
  claims: { format: 'yaml', pattern: 'data/claims/*.yaml', schema: claimSchema },
  events: { format: 'yaml', pattern: 'data/events/*.yaml', schema: eventSchema },
  terms: { format: 'yaml', pattern: 'data/terms.yaml', schema: termSchema },
  disagreements: { format: 'yaml', pattern: 'data/disagreements.yaml', schema: disagreementSchema },
  cases: { format: 'mdx', dir: 'content/cases', schema: caseSchema },
  platforms: { format: 'mdx', dir: 'content/platforms', schema: platformSchema },
  models: { format: 'mdx', dir: 'content/models', schema: modelSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;

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
