import { z } from 'astro/zod';
import { doc, fullDate, id, language, partialDate, text, textList, webAddress, type Alternative } from './fields.ts';
import { alternativeIssues } from './meta.ts';

/** Kinds of publication we cite. */
export const sourceKinds = ['news', 'analysis', 'report', 'official', 'interview'] as const;

const sourceAlternatives: Alternative[] = [
  {
    options: [['published'], ['publishedNote']],
    label: { zh: 'published，或说明日期未知的 publishedNote', en: 'published, or publishedNote explaining why the date is unknown' },
    missing: {
      zh: '缺少 published；确实无日期时写 publishedNote 说明',
      en: 'published is missing: add it, or explain in publishedNote why the date is unknown',
    },
  },
];

/** Where `verify:quotes` finds the text of a source. */
const sourceText = z
  .object({
    file: text.meta(doc({ zh: '原文文本的文件名', en: 'File name of the source text', example: '004_5e073ef06f005e05.txt' })),
    start: text.optional().meta(doc({ zh: '本篇在文本中开始处的标记', en: 'Marker where the section begins in the text' })),
    end: text.optional().meta(doc({ zh: '本篇在文本中结束处（之前）的标记', en: 'Marker before which the section ends' })),
  })
  .strict();

/** A publication the site cites (one per article, even when two are near-duplicates). */
export const sourceSchema = z
  .object({
    id: id.meta(doc({ zh: '永久链接 id：/sources/<id>/', en: 'Permalink id: /sources/<id>/', example: 'zhaibo-2023-04-shipinhao-status' })),
    title: text.meta(
      doc({
        zh: '发布时的标题（原文无标题时用我们拟的标题，并在 note 中说明）',
        en: 'Title as published (our own title when the original has none; say so in `note`)',
        example: '2023视频号电商现状',
      }),
    ),
    outlet: text.meta(doc({ zh: '在哪里读到的（网站或公众号）', en: 'Where we read it', example: '青瓜传媒' })),
    originalOutlet: text
      .optional()
      .meta(doc({ zh: '`outlet` 是转载时的首发媒体', en: 'First publisher when `outlet` is a repost', example: '窄播' })),
    authors: textList.meta(doc({ zh: '署名作者；原文没写就留空', en: 'Named authors; empty when the text names nobody', example: ['庞梦圆'] })),
    editors: textList.meta(doc({ zh: '署名编辑', en: 'Named editors' })),
    published: partialDate
      .optional()
      .meta(doc({ zh: '发布日期，精确到年、月或日', en: 'Publication date with year, month or day precision', example: '2023-04-13' })),
    publishedNote: text.optional().meta(doc({ zh: '日期是怎么推断的，或为什么不知道', en: 'How the date was inferred, or why it is unknown' })),
    url: webAddress
      .optional()
      .meta(doc({ zh: '原发布者处的网址（知道时填写）', en: 'Address of the publication at its original publisher, when known' })),
    readAt: webAddress.optional().meta(
      doc({
        zh: '我们实际读到的副本的网址（转载、通讯社稿、存档），与 `url` 不同时填写',
        en: 'Address of the copy we actually read, when it is not `url` (a repost, a newswire copy, an archive)',
        example: 'https://www.f-o-p.com/311692.html',
      }),
    ),
    accessed: fullDate.meta(
      doc({
        zh: '我们读到它的日期（YYYY-MM-DD）：引用日期（GB/T 7714）',
        en: 'The day we read it (YYYY-MM-DD): the access date of a citation (GB/T 7714 引用日期)',
        example: '2026-11-22',
      }),
    ),
    language: language.meta(doc({ zh: '原文的语言', en: 'Language of the text', example: 'zh-Hans' })),
    kind: z.enum(sourceKinds).meta(doc({ zh: '出版物类型', en: 'Kind of publication', example: 'analysis' })),
    text: sourceText
      .optional()
      .meta(
        doc({ zh: '`verify:quotes` 在哪里找到原文（原文不随网站发布）', en: 'Where `verify:quotes` finds the text (not shipped with the site)' }),
      ),
    note: text
      .optional()
      .meta(doc({ zh: '编者注：重复、机器翻译错误、缺失的元数据', en: 'Editorial note: duplicates, machine-translation errors, missing metadata' })),
  })
  .strict()
  .superRefine((s, ctx) => alternativeIssues(s, sourceAlternatives).forEach((issue) => ctx.addIssue(issue)))
  .meta({
    ...doc({
      zh: '网站引用的一篇出版物（每篇文章一条，即使两篇几乎相同）',
      en: 'A publication the site cites (one per article, even when two are near-duplicates)',
    }),
    alternatives: sourceAlternatives,
  });

export type Source = z.infer<typeof sourceSchema>;
