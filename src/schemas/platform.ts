import { z } from 'astro/zod';
import { doc, partialDate, ref, refList, text, textList } from './fields.ts';

/** A platform, a feature inside one, or a service provider (SaaS), in the order lists show them. */
export const platformKinds = ['platform', 'feature', 'service'] as const;

/** Front matter of a platform page (content/platforms/<id>.mdx). */
export const platformSchema = z
  .object({
    name: text.meta(doc({ zh: '中文名', en: 'Chinese name', example: '视频号' })),
    en: text.meta(doc({ zh: '英文名', en: 'English name', example: 'WeChat Channels' })),
    aliases: textList.meta(
      doc({
        zh: '其他名称，包括机器翻译的（"Tik Tok"），可搜索',
        en: 'Other names, including machine-translated ones ("Tik Tok"), searchable',
        example: ['Channels', '微信视频号'],
      }),
    ),
    owner: text.meta(doc({ zh: '背后的公司', en: 'The company behind it', example: '腾讯' })),
    kind: z.enum(platformKinds).meta(
      doc({
        zh: '平台、平台里的功能，或服务商（SaaS）',
        en: 'A platform, a feature inside one, or a service provider (SaaS)',
        example: 'platform',
      }),
    ),
    parent: ref('platforms')
      .optional()
      .meta(doc({ zh: '它所在的平台 id', en: 'The platform it lives inside', example: 'wechat' })),
    models: refList('models').meta(doc({ zh: '它被归入的电商模式 id', en: 'Model ids it is labelled with', example: ['social-ecommerce'] })),
    launched: partialDate.optional().meta(doc({ zh: '上线或开通电商的时间', en: 'When it launched or opened e-commerce', example: '2020-01' })),
    summary: text.meta(doc({ zh: '一句话，用于列表和搜索结果', en: 'One sentence for lists and search results' })),
  })
  .strict()
  .meta(doc({ zh: '平台页面的 front matter', en: 'Front matter of a platform page' }));

export type PlatformData = z.infer<typeof platformSchema>;
