import { z } from 'astro/zod';
import { doc, partialDate, quote, ref, refList, text, textList } from './fields.ts';

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
    by: text.meta(doc({ zh: '谁贴的标签：人、机构或平台', en: 'Who applies the label: a person, firm or platform', example: '抖音电商' })),
    platform: ref('platforms')
      .optional()
      .meta(doc({ zh: '被贴标签的平台（如果是某个平台）', en: 'The platform labelled, if one', example: 'douyin' })),
    date: partialDate.optional().meta(doc({ zh: '什么时候', en: 'When', example: '2021-04' })),
    source: ref('sources').meta(doc({ zh: '来源 id', en: 'A source id' })),
    quote: quote.meta(doc({ zh: '原文，逐字照抄', en: 'Verbatim passage from the source' })),
  })
  .strict()
  .meta(doc({ zh: '谁给谁贴上这个模式的标签、在什么时候', en: 'Who applies this label to whom, and when' }));

/** One cell of the comparison table. */
const traitSchema = z
  .object({
    dimension: z.enum(traitDimensions).meta(doc({ zh: '对比表的哪一行', en: 'Row of the comparison table', example: 'traffic-logic' })),
    text: text.meta(doc({ zh: '格子里的短文字，用自己的话', en: 'Short text for the cell, own words', example: '算法推荐' })),
    source: ref('sources')
      .optional()
      .meta(doc({ zh: '来源 id', en: 'A source id' })),
    quote: quote.optional().meta(doc({ zh: '原文，逐字照抄', en: 'Verbatim passage from the source' })),
    claims: refList('claims').meta(doc({ zh: '格子里任何数字背后的数据条目 id', en: 'Claim ids behind any number in the cell' })),
  })
  .strict()
  .meta(doc({ zh: '模式对比表的一个格子', en: 'One cell of the model comparison table' }));

/** Front matter of an e-commerce model page (content/models/<id>.mdx). */
export const modelSchema = z
  .object({
    name: text.meta(doc({ zh: '中文名', en: 'Chinese name', example: '兴趣电商' })),
    en: text.meta(doc({ zh: '英文名', en: 'English name', example: 'Interest-based e-commerce' })),
    aliases: textList.meta(doc({ zh: '其他名称，可搜索', en: 'Other names, searchable' })),
    definition: text.meta(doc({ zh: '用自己的话写的定义', en: 'Definition in our own words' })),
    broader: ref('models')
      .optional()
      .meta(doc({ zh: '更宽泛的模式 id', en: 'A broader model id', example: 'content-ecommerce' })),
    platforms: refList('platforms').meta(doc({ zh: '这个模式的典型平台 id', en: 'Platform ids typical of the model', example: ['douyin'] })),
    labels: z
      .array(labelSchema)
      .default([])
      .meta(doc({ zh: '谁给谁贴上这个标签、在什么时候', en: 'Who applies this label to whom, and when' })),
    traits: z
      .array(traitSchema)
      .default([])
      .meta(doc({ zh: '模式对比表的格子', en: 'Cells of the model comparison table' })),
  })
  .strict()
  .meta(doc({ zh: '电商模式页面的 front matter', en: 'Front matter of an e-commerce model page' }));

export type ModelData = z.infer<typeof modelSchema>;
export type ModelLabel = z.infer<typeof labelSchema>;
export type ModelTrait = z.infer<typeof traitSchema>;
