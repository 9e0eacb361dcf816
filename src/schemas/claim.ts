import { z } from 'astro/zod';
import { doc, id, matching, period, quote, ref, says, text, type Alternative } from './fields.ts';
import { alternativeIssues } from './meta.ts';
import { units } from './measure.ts';

/** Who is speaking, which decides how far a number can be trusted. */
export const claimKinds = ['official', 'estimate', 'self-reported', 'media', 'forecast'] as const;
export type ClaimKind = (typeof claimKinds)[number];

/** How the value relates to what was said: 约 / 超过 / 不到 / 最高. */
export const qualifiers = ['exact', 'about', 'more-than', 'less-than', 'up-to'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** Collections a claim can be about. */
export const subjectTypes = ['platform', 'case', 'model', 'market', 'company'] as const;
export type SubjectType = (typeof subjectTypes)[number];

/** "platform/shipinhao", "case/shunzi-shuocha", "model/private-domain-ecommerce", "market/china-online-retail", "company/tencent". */
export const subjectRef = matching(`^(${subjectTypes.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`, {
  zh: 'subject 须写成 platform/<id>、case/<id>、model/<id>、market/<id> 或 company/<id>，如 case/shunzi-shuocha',
  en: 'subject must be platform/<id>, case/<id>, model/<id>, market/<id> or company/<id>, e.g. case/shunzi-shuocha',
}).meta({ ref: 'subject' });

/** Split a subject reference into its collection and id. */
export function parseSubject(ref: string): { type: SubjectType; id: string } {
  const [type, subjectId] = ref.split('/') as [SubjectType, string];
  return { type, id: subjectId };
}

const claimAlternatives: Alternative[] = [
  {
    options: [['value'], ['low', 'high']],
    label: { zh: 'value，或区间 low 和 high', en: 'value, or low and high for a range' },
    missing: { zh: '缺少数值：写 value，或区间写 low 和 high', en: 'no number: add value, or low and high for a range' },
    exclusive: {
      zh: '同时写了 value 和 low/high：单个数字用 value，区间用 low 和 high',
      en: 'both value and low/high given: use value for one number, low and high for a range',
    },
  },
  {
    options: [['period'], ['periodNote']],
    label: { zh: 'period，或说明时期未知的 periodNote', en: 'period, or periodNote explaining why it is unknown' },
    missing: { zh: '缺少 period；原文确无时期时写 periodNote 说明', en: 'period is missing: add it, or explain in periodNote why it is unknown' },
  },
];

const KIND_VALUES = {
  official: {
    zh: '平台或公司在官方披露（财报、官方发布）中说自己',
    en: 'the platform or company about itself in an official disclosure (财报, 官方发布)',
  },
  estimate: {
    zh: '第三方的估算或统计（百准、QuestMobile、卡思数据、分析师）',
    en: "a third party's estimate or statistic (百准, QuestMobile, 卡思数据, an analyst)",
  },
  'self-reported': { zh: '商家或达人说自己的成绩', en: 'a merchant or creator about its own results' },
  media: { zh: '记者自己的说法，没有注明出处', en: "the journalist's own statement without an attributed source" },
  forecast: { zh: '对未来时期的任何预测', en: 'any prediction about a future period' },
};

/** One number said by someone, with where and when. */
export const claimSchema = z
  .object({
    id: id.meta(
      doc({
        zh: '永久链接 id：/claims/<id>/，一般写成 <subject>-<指标>-<来源简称>',
        en: 'Permalink id: /claims/<id>/, usually <subject>-<what>-<source tag>',
        example: 'shunzi-shuocha-aov-2022-zb',
      }),
    ),
    subject: subjectRef.meta(
      doc({
        zh: '这个数字说的是谁：platform/<id>、case/<id>、model/<id>、market/<id> 或 company/<id>',
        en: 'What the number is about: platform/<id>, case/<id>, model/<id>, market/<id> or company/<id>',
        example: 'case/shunzi-shuocha',
      }),
    ),
    measure: ref('measures').meta(
      doc({ zh: '指标 id：量的是什么、怎么量（口径）', en: 'A measure id: what is measured and how (口径)', example: 'aov' }),
    ),
    value: z
      .number()
      .optional()
      .meta(
        doc({
          zh: '单个数值，基本单位（万、亿换算成完整数字，百分比写 30）',
          en: 'A single value in base units (万 and 亿 expanded, percent as 30)',
          example: 30,
        }),
      ),
    low: z
      .number()
      .optional()
      .meta(doc({ zh: '区间或量级的下限（几万到几十万、七八成、千万级）', en: 'Lower end of a range or magnitude', example: 70 })),
    high: z
      .number()
      .optional()
      .meta(doc({ zh: '区间或量级的上限', en: 'Upper end of a range or magnitude', example: 80 })),
    qualifier: z
      .enum(qualifiers)
      .default('exact')
      .meta(
        doc({
          zh: '约 about、超过 more-than、不到 less-than、最高 up-to，或 exact',
          en: '约 (about), 超过 (more-than), 不到 (less-than), 最高 (up-to), or exact',
        }),
      ),
    unit: z.enum(units).meta(doc({ zh: '单位，必须与指标的单位相同', en: "The unit; must equal the measure's unit", example: 'percent' })),
    period: period.optional().meta(doc({ zh: '数字适用的时期', en: 'When the figure applies', example: '2022-04/2023-02' })),
    periodNote: text
      .optional()
      .meta(doc({ zh: '时期是怎么读出来的（如 截至发文），或为什么不知道', en: 'How the period was read (e.g. 截至发文), or why it is unknown' })),
    claimant: text.meta(doc({ zh: '谁说的：人或机构', en: 'Who said it: a person or an organisation', example: '窄播' })),
    claimantRole: text
      .optional()
      .meta(doc({ zh: '说话人的身份：百联咨询创始人、商家自述、媒体……', en: "The claimant's role: 百联咨询创始人, 商家自述 …" })),
    kind: z.enum(claimKinds).meta(
      doc({
        zh: '谁在说，决定这个数字有多可信',
        en: 'Who is speaking, which decides how far the number can be trusted',
        example: 'media',
        values: KIND_VALUES,
      }),
    ),
    source: ref('sources').meta(doc({ zh: '来源 id', en: 'A source id', example: 'zhaibo-2023-04-shipinhao-status' })),
    quote: quote.meta(
      doc({
        zh: '来源中含这个数字的原文，逐字照抄，最多160字',
        en: 'Verbatim passage from the source that contains the number, at most 160 characters',
        example: '第一场直播吸引来的粉丝至今有30%在持续购买',
      }),
    ),
    derivation: text.optional().meta(
      doc({
        zh: '原文没有直接写出这个数字时：公式和各输入值',
        en: 'How the value follows from the quote when the number is not literally in it: the formula and its inputs',
      }),
    ),
    derivedFrom: z
      .array(ref('claims'))
      .optional()
      .meta(
        doc({
          zh: '推算所依据的数据条目（比值、求和、增长倍数）；会检查它们的时期和指标',
          en: 'Claims this value is computed from (a ratio, a sum, a growth multiple); their periods and measures are checked',
        }),
      ),
    notComparable: text.optional().meta(
      doc({
        zh: '输入的时期长度或口径不同时，推算结果仍能说明什么、不能说明什么',
        en: 'Why a derivation whose inputs differ in period length or 口径 still says something, and what it cannot say',
      }),
    ),
    note: text
      .optional()
      .meta(doc({ zh: '编者注，用自己的话（如机器翻译的更正）', en: 'Editorial note in our own words (e.g. a machine-translation correction)' })),
  })
  .strict()
  .superRefine((c, ctx) => {
    alternativeIssues(c, claimAlternatives).forEach((issue) => ctx.addIssue(issue));
    const hasRange = c.low !== undefined || c.high !== undefined;
    if (c.value === undefined && hasRange) {
      if (c.low === undefined || c.high === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [c.low === undefined ? 'low' : 'high'],
          ...says({ zh: '区间须同时有 low 和 high', en: 'a range needs both low and high' }),
        });
      } else if (c.low > c.high) {
        ctx.addIssue({
          code: 'custom',
          path: ['low'],
          ...says({ zh: `low (${c.low}) 大于 high (${c.high})：交换两者`, en: `low (${c.low}) is greater than high (${c.high}): swap them` }),
        });
      }
    }
    if (c.derivedFrom && !c.derivation) {
      ctx.addIssue({
        code: 'custom',
        path: ['derivation'],
        ...says({
          zh: '写了 derivedFrom 却没有 derivation：写出公式和各输入值',
          en: 'derivedFrom without derivation: state the formula and the inputs',
        }),
      });
    }
  })
  .meta({
    ...doc({
      zh: '某人说的一个数字，带出处和时间；同一主体同一指标可以有多条互相矛盾的数据',
      en: 'One number said by someone, with where and when; the same measure for the same subject may have many claims that disagree',
    }),
    alternatives: claimAlternatives,
  });

export type Claim = z.infer<typeof claimSchema>;
