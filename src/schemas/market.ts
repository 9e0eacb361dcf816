import { z } from 'astro/zod';
import { text } from './fields.ts';

/**
 * Front matter of a market page (content/markets/<id>.mdx): a whole market measured by
 * a statistics bureau or regulator (全国网上零售额), not any one platform. Claims about it
 * use the subject `market/<id>`.
 */
export const marketSchema = z
  .object({
    /** Chinese name: 中国网络零售市场. */
    name: text,
    /** English name: China online retail. */
    en: text,
    /** Other names, searchable: 网上零售, 网络零售, online retail. */
    aliases: z.array(text).default([]),
    /** Who measures it and how (口径): 国家统计局、商务部、CNNIC … */
    measuredBy: text,
    /** One sentence for lists and search results. */
    summary: text,
  })
  .strict();

export type MarketData = z.infer<typeof marketSchema>;
