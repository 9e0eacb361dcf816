import { z } from 'astro/zod';
import { doc, period, refList, text, textList } from './fields.ts';

export const caseKinds = ['merchant', 'brand', 'creator', 'media', 'retailer', 'service'] as const;

/** Front matter of a case study (content/cases/<id>.mdx; the file name is the id). */
export const caseSchema = z
  .object({
    name: text.meta(doc({ zh: '读者熟悉的名称', en: 'Name as readers know it', example: '顺子说茶' })),
    aliases: textList.meta(
      doc({ zh: '其他名称和账号名，可搜索', en: 'Other names and account handles, searchable', example: ['@顺子说茶', '顺子'] }),
    ),
    en: text.optional().meta(doc({ zh: '英文名', en: 'English name', example: 'Shunzi Tea Talk' })),
    kind: z.enum(caseKinds).meta(
      doc({
        zh: '类型：merchant 商家、brand 品牌、creator 达人、media 媒体、retailer 零售商、service 服务商',
        en: 'Kind: merchant, brand, creator, media, retailer, service',
        example: 'merchant',
      }),
    ),
    category: text.meta(doc({ zh: '品类', en: 'Product category', example: '茶叶' })),
    platforms: refList('platforms').meta(doc({ zh: '经营所在的平台 id', en: 'Platform ids it sells on', example: ['shipinhao', 'wecom'] })),
    models: refList('models').meta(doc({ zh: '它体现的电商模式 id', en: 'Model ids it illustrates', example: ['private-domain-ecommerce'] })),
    period: period.optional().meta(doc({ zh: '案例覆盖的时期', en: 'The period the case covers', example: '2022-04/2023-02' })),
    summary: text.meta(doc({ zh: '一句话概括，用于列表和搜索结果', en: 'One sentence for lists and search results' })),
    depth: z
      .enum(['in-depth', 'brief'])
      .default('brief')
      .meta(doc({ zh: 'in-depth 深度案例完整展开；brief 简短案例几段话', en: 'in-depth cases get the full treatment; brief ones a few paragraphs' })),
  })
  .strict()
  .meta(doc({ zh: '案例的 front matter（文件名就是 id）', en: 'Front matter of a case study (the file name is the id)' }));

export type CaseData = z.infer<typeof caseSchema>;
