import { z } from 'astro/zod';
import { id, idList, text, partialDate, quote } from './fields.ts';

/** Rows of the model comparison table. */
export const traitDimensions = [
  'traffic-logic',
  'typical-platforms',
  'core-users',
  'aov',
  'return-rate',
  'repurchase-rate',
  'paid-traffic',
  'private-domain',
  'content-form',
  'merchant-fit',
] as const;
export type TraitDimension = (typeof traitDimensions)[number];

/** Who applies this label to whom, and when. */
const labelSchema = z
  .object({
    /** Who applies the label: a person, firm or platform. */
    by: text,
    /** The platform labelled, if one. */
    platform: id.optional(),
    date: partialDate.optional(),
    source: id,
    quote,
  })
  .strict();

/** One cell of the comparison table. */
const traitSchema = z
  .object({
    dimension: z.enum(traitDimensions),
    /** Short text for the cell, own words. */
    text,
    source: id.optional(),
    quote: quote.optional(),
    /** Claim ids behind any number in the cell. */
    claims: idList,
  })
  .strict();

/** Front matter of an e-commerce model page (content/models/<id>.mdx). */
export const modelSchema = z
  .object({
    /** Chinese name: 兴趣电商. */
    name: text,
    en: text,
    aliases: z.array(text).default([]),
    /** Definition in our own words. */
    definition: text,
    /** A broader model id. */
    broader: id.optional(),
    /** Platform ids typical of the model. */
    platforms: idList,
    labels: z.array(labelSchema).default([]),
    traits: z.array(traitSchema).default([]),
  })
  .strict();

export type ModelData = z.infer<typeof modelSchema>;
export type ModelLabel = z.infer<typeof labelSchema>;
export type ModelTrait = z.infer<typeof traitSchema>;
