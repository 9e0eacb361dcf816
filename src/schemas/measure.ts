import { z } from 'astro/zod';
import { doc, id, text, textList } from './fields.ts';

/** Units a value can be in; a claim's unit must equal its measure's. */
export const units = ['cny', 'people', 'percent', 'count', 'times', 'hours', 'minutes', 'days', 'years', 'ratio'] as const;
export type Unit = (typeof units)[number];

/** How prominently a measure is shown, most prominent first. */
export const measureTiers = ['headline', 'supporting', 'detail'] as const;
export type MeasureTier = (typeof measureTiers)[number];

/** What a number measures, and its definition (口径). */
export const measureSchema = z
  .object({
    id: id.meta(doc({ zh: '永久链接 id：/measures/<id>/', en: 'Permalink id: /measures/<id>/', example: 'aov' })),
    name: text.meta(doc({ zh: '读者常说的中文名', en: 'Chinese name as readers say it', example: '客单价' })),
    en: text.meta(doc({ zh: '英文名', en: 'English name', example: 'Average order value' })),
    abbr: text.optional().meta(doc({ zh: '缩写', en: 'Abbreviation', example: 'AOV' })),
    aliases: textList.meta(
      doc({
        zh: '读者搜索的其他叫法（搜索把「快手 客单」读作这个指标）；一个叫法可以属于几个指标',
        en: 'Other names readers search for (search reads 快手 客单 as this measure); a name may be shared by several measures',
        example: ['笔单价', '客单'],
      }),
    ),
    unit: z.enum(units).meta(doc({ zh: '单位；数据条目的单位必须与它相同', en: "Unit; a claim's unit must equal it", example: 'cny' })),
    definition: text.meta(doc({ zh: '用自己的话写的定义', en: 'Definition in our own words', example: '平均每位顾客（或每笔订单）支付的金额。' })),
    definitionNotes: text.optional().meta(doc({ zh: '各来源的定义有何不同', en: 'How sources define it differently' })),
    min: z
      .number()
      .optional()
      .meta(
        doc({
          zh: '最小合理值，每条数据都会检查；百分比默认 0',
          en: 'Lowest plausible value, checked on every claim; percent defaults to 0',
          example: 0,
        }),
      ),
    max: z
      .number()
      .optional()
      .meta(doc({ zh: '最大合理值；百分比默认 100', en: 'Highest plausible value; percent defaults to 100' })),
    tier: z
      .enum(measureTiers)
      .default('detail')
      .meta(
        doc({
          zh: '页面上有多醒目',
          en: 'How prominently pages show it',
          example: 'headline',
          values: {
            headline: { zh: '规模、用户、客单价等，打开平台、市场和公司页面', en: 'scale, users, 客单价 …: open platform, market and company pages' },
            supporting: { zh: '紧随其后', en: 'follow the headline measures' },
            detail: { zh: '细节（如工具数量），只在完整数据表中', en: 'trivia such as a count of tools: only in the full data table' },
          },
        }),
      ),
    staleAfterMonths: z
      .number()
      .int()
      .positive()
      .default(12)
      .meta(doc({ zh: '超过多少个月的数据加「数据截至」提示', en: 'Months after which a claim gets a "数据截至" staleness note' })),
  })
  .strict()
  .meta(doc({ zh: '一个数字量的是什么，以及它的定义（口径）', en: 'What a number measures, and its definition (口径)' }));

export type Measure = z.infer<typeof measureSchema>;
