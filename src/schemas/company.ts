import { z } from 'astro/zod';
import { doc, refList, text, textList } from './fields.ts';

/**
 * Front matter of a company page (content/companies/<id>.mdx): the listed or private
 * group behind platforms. Group-level figures (total revenue, net income) use the
 * subject `company/<id>`; figures about one app or marketplace use `platform/<id>`.
 */
export const companySchema = z
  .object({
    name: text.meta(doc({ zh: '中文名', en: 'Chinese name', example: '快手科技' })),
    en: text.meta(doc({ zh: '英文名', en: 'English name', example: 'Kuaishou Technology' })),
    aliases: textList.meta(doc({ zh: '其他名称和股票代码，可搜索', en: 'Other names and tickers, searchable', example: ['快手', '1024.HK'] })),
    listing: text.optional().meta(doc({ zh: '上市地点，或 未上市', en: 'Where it is listed, or 未上市', example: '香港联交所 1024' })),
    platforms: refList('platforms').meta(doc({ zh: '公司运营的平台 id', en: 'Platform ids the company runs', example: ['kuaishou'] })),
    fiscalYearEnd: text
      .optional()
      .meta(doc({ zh: '财年结束日，不是 12月31日 时填写', en: 'When its financial year ends, when not 31 December', example: '3月31日' })),
    summary: text.meta(doc({ zh: '一句话，用于列表和搜索结果', en: 'One sentence for lists and search results' })),
  })
  .strict()
  .meta(
    doc({
      zh: '公司页面的 front matter：平台背后的上市或未上市集团；集团层面的数字（总收入、净利润）用 subject `company/<id>`，某个应用或市场的数字用 `platform/<id>`',
      en: 'Front matter of a company page: the listed or private group behind platforms; group-level figures (total revenue, net income) use the subject `company/<id>`, figures about one app or marketplace `platform/<id>`',
    }),
  );

export type CompanyData = z.infer<typeof companySchema>;
