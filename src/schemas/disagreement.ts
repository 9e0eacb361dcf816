import { z } from 'astro/zod';
import { id, idList, text } from './fields.ts';

/** Claims (or events) that disagree, kept side by side with the reason. */
export const disagreementSchema = z
  .object({
    id,
    /** A question-like headline: 视频号日活：5亿还是5–6亿？ */
    title: text,
    /** Claim ids that disagree. */
    claims: idList,
    /** Event ids that disagree (e.g. two launch dates). */
    events: idList,
    /** One line on why they differ. */
    why: text,
  })
  .strict()
  .refine((d) => d.claims.length + d.events.length >= 2, {
    message: '分歧至少要列出两条 claims 或 events | a disagreement needs at least two claims or events',
    path: ['claims'],
  });

export type Disagreement = z.infer<typeof disagreementSchema>;
