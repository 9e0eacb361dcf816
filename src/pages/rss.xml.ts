/** RSS feed of new entries (cases, events, claims), newest first, each dated the day it was added. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latestEntries } from '../latest.ts';

export const GET: APIRoute = async ({ site }) => {
  const items = await latestEntries(50);
  const self = new URL('/rss.xml', site).href;
  return rss({
    title: '电商图谱 Commerce Atlas：新收录',
    description: '中国电商研究知识库的新案例、新数据和新事件。',
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: items.map((e) => ({
      title: `[${e.type}] ${e.title}`,
      link: e.href,
      description: e.description,
      pubDate: new Date(`${e.added}T00:00:00Z`),
    })),
    customData: `<language>zh-cn</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
