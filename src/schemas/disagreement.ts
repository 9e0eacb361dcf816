import { z } from 'astro/zod';
import { doc, id, refList, says, text } from './fields.ts';

const TWO_ITEMS = { zh: '分歧至少要列出两条 claims 或 events', en: 'a disagreement needs at least two claims or events' };

/** Claims (or events) that disagree, kept side by side with the reason. */
export const disagreementSchema = z
  .object({
    id: id.meta(doc({ zh: 'id', en: 'Id', example: 'shipinhao-dau-2022' })),
    title: text.meta(doc({ zh: '问题式的标题', en: 'A question-like headline', example: '视频号日活：5亿还是5–6亿？' })),
    claims: refList('claims').meta(doc({ zh: '互相矛盾的数据条目 id', en: 'Claim ids that disagree' })),
    events: refList('events').meta(doc({ zh: '互相矛盾的事件 id（如两个上线日期）', en: 'Event ids that disagree (e.g. two launch dates)' })),
    why: text.meta(doc({ zh: '一句话解释为什么不同（口径、时间点、说话人不同……）', en: 'One line on why they differ (口径, moment, speaker …)' })),
  })
  .strict()
  .refine((d) => d.claims.length + d.events.length >= 2, { ...says(TWO_ITEMS), path: ['claims'] })
  .meta({
    ...doc({ zh: '互相矛盾的数据条目（或事件），并排放着，附上原因', en: 'Claims (or events) that disagree, kept side by side with the reason' }),
    // The refinement above, as JSON Schema: two claims, two events, or one of each.
    jsonRules: [
      {
        anyOf: [
          { required: ['claims'], properties: { claims: { minItems: 2 } } },
          { required: ['events'], properties: { events: { minItems: 2 } } },
          { required: ['claims', 'events'], properties: { claims: { minItems: 1 }, events: { minItems: 1 } } },
        ],
        errorMessage: `${TWO_ITEMS.zh}\n${TWO_ITEMS.en}`,
      },
    ],
  });

export type Disagreement = z.infer<typeof disagreementSchema>;
