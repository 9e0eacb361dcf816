import { z } from 'astro/zod';
import { idList, text, period } from './fields.ts';

export const caseKinds = ['merchant', 'brand', 'creator', 'media', 'retailer', 'service'] as const;

/** Front matter of a case study (content/cases/<id>.mdx; the file name is the id). */
export const caseSchema = z
  .object({
    /** Name as readers know it: 顺子说茶. */
    name: text,
    /** Other names and account handles, searchable: "@顺子说茶". */
    aliases: z.array(text).default([]),
    /** English name. */
    en: text.optional(),
    kind: z.enum(caseKinds),
    /** Product category: 茶叶, 服装. */
    category: text,
    /** Platform ids it sells on. */
    platforms: idList,
    /** Model ids it illustrates. */
    models: idList,
    /** The period the case covers. */
    period: period.optional(),
    /** One sentence for lists and search results. */
    summary: text,
    /** in-depth cases get the full treatment; brief ones a few paragraphs. */
    depth: z.enum(['in-depth', 'brief']).default('brief'),
  })
  .strict();

export type CaseData = z.infer<typeof caseSchema>;
