import { z } from 'astro/zod';
import { doc, id, ref, refList, text, textList } from './fields.ts';

/** A glossary entry. */
export const termSchema = z
  .object({
    id: id.meta(doc({ zh: '永久链接 id：/terms/<id>/，一般是拼音', en: 'Permalink id: /terms/<id>/, usually pinyin', example: 'gongyu' })),
    term: text.meta(doc({ zh: '中文术语', en: 'The term as written in Chinese', example: '公域' })),
    en: text.meta(doc({ zh: '英文译名', en: 'English rendering', example: 'Public-domain traffic' })),
    aliases: textList.meta(doc({ zh: '其他写法和同义词，可搜索', en: 'Other spellings and synonyms, searchable', example: ['公域流量'] })),
    definition: text.meta(doc({ zh: '用自己的话写的定义', en: 'Definition in our own words' })),
    related: refList('terms').meta(doc({ zh: '相关术语 id', en: 'Related term ids', example: ['siyu'] })),
    source: ref('sources')
      .optional()
      .meta(doc({ zh: '使用这个术语的来源 id', en: 'A source id where the articles use the term' })),
  })
  .strict()
  .meta(doc({ zh: '术语表的一条', en: 'A glossary entry' }));

export type Term = z.infer<typeof termSchema>;
