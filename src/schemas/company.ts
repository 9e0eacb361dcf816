import { z } from 'astro/zod';
import { idList, text } from './fields.ts';

/**
 * Front matter of a company page (content/companies/<id>.mdx): the listed or private
 * group behind platforms. Group-level figures (total revenue, net income) use the
 * subject `company/<id>`; figures about one app or marketplace use `platform/<id>`.
 */
export const companySchema = z
  .object({
    /** Chinese name: 快手科技. */
    name: text,
    /** English name: Kuaishou Technology. */
    en: text,
    /** Other names and tickers, searchable: 快手, 1024.HK. */
    aliases: z.array(text).default([]),
    /** Where it is listed, or 未上市: 香港联交所 1024. */
    listing: text.optional(),
    /** Platform ids the company runs. */
    platforms: idList,
    /** When its financial year ends, when not 31 December: 3月31日. */
    fiscalYearEnd: text.optional(),
    /** One sentence for lists and search results. */
    summary: text,
  })
  .strict();

export type CompanyData = z.infer<typeof companySchema>;
