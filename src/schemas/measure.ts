import { z } from 'astro/zod';
import { id, text } from './fields.ts';

/** Units a value can be in; a claim's unit must equal its measure's. */
export const units = ['cny', 'people', 'percent', 'count', 'times', 'hours', 'minutes', 'days', 'years', 'ratio'] as const;
export type Unit = (typeof units)[number];

/** How prominently a measure is shown, most prominent first. */
export const measureTiers = ['headline', 'supporting', 'detail'] as const;
export type MeasureTier = (typeof measureTiers)[number];

/** What a number measures, and its definition (口径). */
export const measureSchema = z
  .object({
    id,
    /** Chinese name as readers say it: 客单价. */
    name: text,
    /** English name. */
    en: text,
    /** Abbreviation: GMV, DAU. */
    abbr: text.optional(),
    /** Other names readers search for: 日活, 交易额, 营收. A name may be shared by several measures. */
    aliases: z.array(text).default([]),
    unit: z.enum(units),
    /** Definition in our own words. */
    definition: text,
    /** How sources define it differently. */
    definitionNotes: text.optional(),
    /** Lowest plausible value; percent defaults to 0. */
    min: z.number().optional(),
    /** Highest plausible value; percent defaults to 100. */
    max: z.number().optional(),
    /**
     * How prominently pages show it: headline measures (scale, users, 客单价 …) open
     * platform, market and company pages; supporting ones follow; detail (trivia such as
     * a count of tools) stays in the full data table.
     */
    tier: z.enum(measureTiers).default('detail'),
    /** Months after which a claim gets a "数据截至" staleness note. */
    staleAfterMonths: z.number().int().positive().default(12),
  })
  .strict();

export type Measure = z.infer<typeof measureSchema>;
