import { z } from 'astro/zod';
import { id, text } from './fields.ts';

/** Units a value can be in; a claim's unit must equal its measure's. */
export const units = ['cny', 'people', 'percent', 'count', 'times', 'hours', 'minutes', 'days', 'years', 'ratio'] as const;
export type Unit = (typeof units)[number];

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
    unit: z.enum(units),
    /** Definition in our own words. */
    definition: text,
    /** How sources define it differently. */
    definitionNotes: text.optional(),
    /** Lowest plausible value; percent defaults to 0. */
    min: z.number().optional(),
    /** Highest plausible value; percent defaults to 100. */
    max: z.number().optional(),
    /** Months after which a claim gets a "数据截至" staleness note. */
    staleAfterMonths: z.number().int().positive().default(12),
  })
  .strict();

export type Measure = z.infer<typeof measureSchema>;
