import { z } from 'astro/zod';
import { doc, id, partialDate, quote, ref, refList, text } from './fields.ts';

/** A dated happening for the timeline, with its source. */
export const eventSchema = z
  .object({
    id: id.meta(doc({ zh: '永久链接 id：/events/<id>/', en: 'Permalink id: /events/<id>/', example: 'shipinhao-feed-ads-open' })),
    date: partialDate.meta(
      doc({ zh: '发生的日期，精确到年、月或日', en: 'When it happened, with year, month or day precision', example: '2022-07-20' }),
    ),
    title: text.meta(doc({ zh: '用自己的话写的简短标题', en: 'A short headline in our own words', example: '视频号开放信息流广告' })),
    summary: text.meta(doc({ zh: '用自己的话写一两句', en: 'One or two sentences in our own words' })),
    platforms: refList('platforms').meta(doc({ zh: '涉及的平台 id', en: 'Platform ids involved', example: ['shipinhao'] })),
    source: ref('sources').meta(doc({ zh: '来源 id', en: 'A source id' })),
    status: z
      .enum(['happened', 'planned'])
      .default('happened')
      .meta(doc({ zh: 'planned：来源发布时宣布的、在其后才发生的事', en: 'planned: announced for a date after the source was published' })),
    quote: quote.optional().meta(doc({ zh: '可选：给出日期的原文', en: 'Optional verbatim passage that dates the event' })),
  })
  .strict()
  .meta(doc({ zh: '时间线上一件有日期的事，带来源', en: 'A dated happening for the timeline, with its source' }));

export type TimelineEvent = z.infer<typeof eventSchema>;
