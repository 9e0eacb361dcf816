import { z } from 'astro/zod';
import { id, text, language, partialDate, fullDate } from './fields.ts';

const webAddress = z.url({ message: '须为完整网址，如 https://… | must be a full URL such as https://…' });

/** Kinds of publication we cite. */
export const sourceKinds = ['news', 'analysis', 'report', 'official', 'interview'] as const;

/** A publication the site cites (one per article, even when two are near-duplicates). */
export const sourceSchema = z
  .object({
    /** Permalink id: /sources/<id>/. */
    id,
    /** Title as published (our own title when the original has none; say so in `note`). */
    title: text,
    /** Where we read it. */
    outlet: text,
    /** First publisher when `outlet` is a repost. */
    originalOutlet: text.optional(),
    /** Named authors; empty when the text names nobody. */
    authors: z.array(text).default([]),
    /** Named editors. */
    editors: z.array(text).default([]),
    /** Publication date with year, month or day precision. */
    published: partialDate.optional(),
    /** How the date was inferred, or why it is unknown. */
    publishedNote: text.optional(),
    /** Address of the publication at its original publisher, when known. */
    url: webAddress.optional(),
    /** Address of the copy we actually read, when it is not `url` (a repost, a newswire copy, an archive). */
    readAt: webAddress.optional(),
    /** The day we read it (YYYY-MM-DD): the access date of a citation (GB/T 7714 引用日期). */
    accessed: fullDate,
    /** Language of the text. */
    language,
    /** Kind of publication. */
    kind: z.enum(sourceKinds),
    /** Where `verify:quotes` finds the text: a file name and optional start/end markers. */
    text: z.object({ file: text, start: text.optional(), end: text.optional() }).strict().optional(),
    /** Editorial note: duplicates, machine-translation errors, missing metadata. */
    note: text.optional(),
  })
  .strict()
  .refine((s) => s.published !== undefined || s.publishedNote !== undefined, {
    message: '缺少 published；确实无日期时写 publishedNote 说明 | published is missing: add it, or explain in publishedNote why the date is unknown',
    path: ['published'],
  });

export type Source = z.infer<typeof sourceSchema>;
