import { z } from 'astro/zod';
import { id, idList, text, partialDate, quote } from './fields.ts';

/** A dated happening for the timeline, with its source. */
export const eventSchema = z
  .object({
    id,
    /** When it happened, with year, month or day precision. */
    date: partialDate,
    /** A short headline in our own words. */
    title: text,
    /** One or two sentences in our own words. */
    summary: text,
    /** Platform ids involved. */
    platforms: idList,
    /** A source id. */
    source: id,
    /** planned: announced for a date after the source was published. */
    status: z.enum(['happened', 'planned']).default('happened'),
    /** Optional verbatim passage that dates the event. */
    quote: quote.optional(),
  })
  .strict();

export type TimelineEvent = z.infer<typeof eventSchema>;
