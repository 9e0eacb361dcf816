import { z } from 'astro/zod';
import { id, idList, text, partialDate } from './fields.ts';

/** A platform, a feature inside one, or a service provider (SaaS), in the order lists show them. */
export const platformKinds = ['platform', 'feature', 'service'] as const;

/** Front matter of a platform page (content/platforms/<id>.mdx). */
export const platformSchema = z
  .object({
    /** Chinese name: 视频号. */
    name: text,
    /** English name: WeChat Channels. */
    en: text,
    /** Other names, including machine-translated ones ("Tik Tok"), searchable. */
    aliases: z.array(text).default([]),
    /** The company behind it: 腾讯. */
    owner: text,
    /** A platform, a feature inside one, or a service provider (SaaS). */
    kind: z.enum(platformKinds),
    /** The platform it lives inside. */
    parent: id.optional(),
    /** Model ids it is labelled with. */
    models: idList,
    /** When it launched or opened e-commerce. */
    launched: partialDate.optional(),
    /** One sentence for lists and search results. */
    summary: text,
  })
  .strict();

export type PlatformData = z.infer<typeof platformSchema>;
