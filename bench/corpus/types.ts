/**
 * What the synthetic corpus is made of, typed from the schemas themselves: every
 * row the generator writes is the schema's input type (`z.input<typeof claimSchema>`
 * …), so a field the schemas rename, drop or retype fails the type check here
 * before any corpus is written. The generator's own working fields (a source's
 * tag, a case's founder …) are declared apart and dropped when writing.
 */
import type { z } from 'astro/zod';
import type {
  caseSchema,
  claimSchema,
  disagreementSchema,
  eventSchema,
  measureSchema,
  modelSchema,
  platformSchema,
  sourceSchema,
  termSchema,
} from '../../src/schemas/index.ts';

export type MeasureIn = z.input<typeof measureSchema>;
export type ClaimIn = z.input<typeof claimSchema>;
export type SourceIn = z.input<typeof sourceSchema>;
export type EventIn = z.input<typeof eventSchema>;
export type TermIn = z.input<typeof termSchema>;
export type DisagreementIn = z.input<typeof disagreementSchema>;
/** Front matter of content/<collection>/<id>.mdx: the id is the file name. */
export type CaseIn = z.input<typeof caseSchema>;
export type PlatformIn = z.input<typeof platformSchema>;
export type ModelIn = z.input<typeof modelSchema>;

export type MeasureGen = MeasureIn & {
  /** Counter word after a count: 家, 个, 单. */
  counter?: string;
};
/** Dates are `unknown` in the input types (YAML may give a Date); the generator writes strings. */
export type PlatformGen = PlatformIn & { id: string; year: number; models: string[]; launched?: string };
export type ModelGen = ModelIn & { id: string; platforms: string[] };
export type SourceGen = SourceIn & {
  authors: string[];
  editors: string[];
  published?: string;
  accessed: string;
  /** Short tag for claim ids: zb3. */
  tag: string;
  /** For date rules: the publication date, or the year end when there is none. */
  pubEnd: string;
  year: number;
  month: number;
};
export type CaseKind = CaseIn['kind'];
export type CaseGen = CaseIn & {
  id: string;
  kind: CaseKind;
  platforms: string[];
  models: string[];
  depth: 'in-depth' | 'brief';
  period?: string;
  city?: string;
  person: string;
  role: string;
  year: number;
  month: number;
};
export type ClaimGen = ClaimIn & {
  measure: string;
  subject: string;
  source: string;
  period?: string;
  /** The number as the quote writes it (七八成, 5500万), for disagreement titles. */
  valueText: string;
};

export interface Corpus {
  measures: MeasureGen[];
  platforms: PlatformGen[];
  models: (ModelGen & { body: string })[];
  sources: SourceGen[];
  cases: (CaseGen & { body: string })[];
  claims: ClaimGen[];
  events: EventIn[];
  terms: TermIn[];
  disagreements: DisagreementIn[];
  platformBodies: Map<string, string>;
}

export const COLLECTION_SHARES = {
  claims: 0.45,
  cases: 0.1,
  events: 0.12,
  terms: 0.11,
  sources: 0.08,
  measures: 0.06,
  platforms: 0.04,
  models: 0.03,
  disagreements: 0.01,
} as const;
export type CollectionKey = keyof typeof COLLECTION_SHARES;
const MINIMUM: Record<CollectionKey, number> = {
  claims: 10,
  cases: 3,
  events: 2,
  terms: 3,
  sources: 3,
  measures: 8,
  platforms: 6,
  models: 5,
  disagreements: 1,
};

/** How many entries of each collection a corpus of `size` entries has (they sum to `size`). */
export function countsFor(size: number): Record<CollectionKey, number> {
  const counts = {} as Record<CollectionKey, number>;
  let rest = size;
  for (const key of Object.keys(COLLECTION_SHARES) as CollectionKey[]) {
    if (key === 'claims') continue;
    counts[key] = Math.max(MINIMUM[key], Math.round(size * COLLECTION_SHARES[key]));
    rest -= counts[key];
  }
  counts.claims = rest;
  if (rest < MINIMUM.claims) throw new Error(`size ${size} is too small for a corpus`);
  return counts;
}

export interface CorpusResult {
  size: number;
  seed: number;
  counts: Record<CollectionKey, number>;
  files: number;
  bytes: number;
  /** Claims on the busiest subject, measure and source: how big the hub pages get. */
  hubs: { subject: [string, number]; measure: [string, number]; source: [string, number] };
}
