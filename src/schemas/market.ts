import { z } from 'astro/zod';
import { doc, text, textList } from './fields.ts';

/**
 * Front matter of a market page (content/markets/<id>.mdx): a whole market measured by
 * a statistics bureau or regulator (全国网上零售额), not any one platform. Claims about it
 * use the subject `market/<id>`.
 */
export const marketSchema = z
  .object({
    name: text.meta(doc({ zh: '中文名', en: 'Chinese name', example: '中国网络零售市场' })),
    en: text.meta(doc({ zh: '英文名', en: 'English name', example: 'China online retail' })),
    aliases: textList.meta(doc({ zh: '其他名称，可搜索', en: 'Other names, searchable', example: ['网上零售', '全国网上零售额'] })),
    measuredBy: text.meta(doc({ zh: '谁来统计、怎么统计（口径）', en: 'Who measures it and how (口径)', example: '国家统计局、商务部、CNNIC …' })),
    summary: text.meta(doc({ zh: '一句话，用于列表和搜索结果', en: 'One sentence for lists and search results' })),
  })
  .strict()
  .meta(
    doc({
      zh: '市场页面的 front matter：由统计局或监管机构整体统计的市场（全国网上零售额），而不是某个平台；关于它的数据用 subject `market/<id>`',
      en: 'Front matter of a market page: a whole market measured by a statistics bureau or regulator (全国网上零售额), not any one platform; claims about it use the subject `market/<id>`',
    }),
  );

export type MarketData = z.infer<typeof marketSchema>;
