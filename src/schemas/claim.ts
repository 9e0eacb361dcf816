import { z } from 'astro/zod';
import { id, text, period, quote } from './fields.ts';
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
export const subjectRef = z.string().regex(new RegExp(`^(${subjectTypes.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`), {
  message:
    'subject 须写成 platform/<id>、case/<id>、model/<id>、market/<id> 或 company/<id>，如 case/shunzi-shuocha | subject must be platform/<id>, case/<id>, model/<id>, market/<id> or company/<id>, e.g. case/shunzi-shuocha',
});

/** Split a subject reference into its collection and id. */
export function parseSubject(ref: string): { type: SubjectType; id: string } {
  const [type, subjectId] = ref.split('/') as [SubjectType, string];
  return { type, id: subjectId };
}

/** One number said by someone, with where and when. */
export const claimSchema = z
  .object({
    /** Permalink id: /claims/<id>/. */
    id,
    /** What the number is about. */
    subject: subjectRef,
    /** A measure id: what is measured and how (口径). */
    measure: id,
    /** A single value in base units (万 and 亿 expanded, percent as 30). */
    value: z.number().optional(),
    /** Lower end of a range or magnitude. */
    low: z.number().optional(),
    /** Upper end of a range or magnitude. */
    high: z.number().optional(),
    /** 约 (about), 超过 (more-than), 不到 (less-than), 最高 (up-to), or exact. */
    qualifier: z.enum(qualifiers).default('exact'),
    /** Must equal the measure's unit. */
    unit: z.enum(units),
    /** When the figure applies. */
    period: period.optional(),
    /** How the period was read (e.g. 截至发文), or why it is unknown. */
    periodNote: text.optional(),
    /** Who said it: a person or an organisation. */
    claimant: text,
    /** The claimant's role: 百联咨询创始人, 商家自述 … */
    claimantRole: text.optional(),
    kind: z.enum(claimKinds),
    /** A source id. */
    source: id,
    /** Verbatim passage from the source that contains the number. */
    quote,
    /** How the value follows from the quote when the number is not literally in it: the formula and its inputs. */
    derivation: text.optional(),
    /** Claims this value is computed from (a ratio, a sum, a growth multiple); their periods and measures are checked. */
    derivedFrom: z.array(id).optional(),
    /** Why a derivation whose inputs differ in period length or 口径 still says something, and what it cannot say. */
    notComparable: text.optional(),
    /** Editorial note in our own words (e.g. a machine-translation correction). */
    note: text.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const hasValue = c.value !== undefined;
    const hasRange = c.low !== undefined || c.high !== undefined;
    if (hasValue && hasRange) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          '同时写了 value 和 low/high：单个数字用 value，区间用 low 和 high | both value and low/high given: use value for one number, low and high for a range',
      });
    } else if (!hasValue && !hasRange) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: '缺少数值：写 value，或区间写 low 和 high | no number: add value, or low and high for a range',
      });
    } else if (hasRange && (c.low === undefined || c.high === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.low === undefined ? 'low' : 'high'],
        message: '区间须同时有 low 和 high | a range needs both low and high',
      });
    } else if (hasRange && c.low! > c.high!) {
      ctx.addIssue({
        code: 'custom',
        path: ['low'],
        message: `low (${c.low}) 大于 high (${c.high})：交换两者 | low (${c.low}) is greater than high (${c.high}): swap them`,
      });
    }
    if (c.derivedFrom && !c.derivation) {
      ctx.addIssue({
        code: 'custom',
        path: ['derivation'],
        message: '写了 derivedFrom 却没有 derivation：写出公式和各输入值 | derivedFrom without derivation: state the formula and the inputs',
      });
    }
    if (c.period === undefined && c.periodNote === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: '缺少 period；原文确无时期时写 periodNote 说明 | period is missing: add it, or explain in periodNote why it is unknown',
      });
    }
  });

export type Claim = z.infer<typeof claimSchema>;
