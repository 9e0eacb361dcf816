/** RSS feed of new entries (cases, events, claims), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latestEntries } from '../latest.ts';

export const GET: APIRoute = async ({ site }) => {
  const items = await latestEntries(50);
  return rss({
    title: '电商图谱 Commerce Atlas：新收录',
    description: '中国电商研究知识库的新案例、新数据和新事件。',
    site: site!,
    items: items.map((e) => ({ title: `[${e.type}] ${e.title}`, link: e.href, description: e.description, pubDate: new Date(e.added) })),
    customData: '<language>zh-cn</language>',
  });
};
