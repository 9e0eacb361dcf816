/** Citation strings must be exactly right: consultants paste them into decks and papers. */
import { describe, expect, it } from 'vitest';
import { formatGbt7714 } from '../../src/lib/cite/gbt7714.ts';
import { formatApa } from '../../src/lib/cite/apa.ts';
import { slideFooter } from '../../src/lib/cite/footer.ts';
import { toCsl } from '../../src/lib/cite/csl.ts';
import type { Source } from '../../src/schemas/source.ts';

const repost: Source = {
  id: 'zhaibo', title: '2023视频号电商现状', outlet: '青瓜传媒', originalOutlet: '窄播', authors: ['庞梦圆'], editors: [],
  published: '2023-04-13', url: 'https://www.f-o-p.com/311692.html', language: 'zh-Hans', kind: 'analysis',
};
const anonymous: Source = { id: 'anon', title: '某新闻', outlet: '未知', authors: [], editors: [], publishedNote: '无日期', language: 'zh-Hant', kind: 'news' };

describe('GB/T 7714-2015', () => {
  it('formats an online analysis article with reposting outlet, date, citing date and URL', () => {
    expect(formatGbt7714(repost, '2026-11-22')).toBe(
      '庞梦圆. 2023视频号电商现状[EB/OL]. 青瓜传媒(原载: 窄播), 2023-04-13[2026-11-22]. https://www.f-o-p.com/311692.html.',
    );
  });
  it('lists three authors then 等', () => {
    expect(formatGbt7714({ ...repost, authors: ['甲', '乙', '丙', '丁'], originalOutlet: undefined, url: undefined }, '2026-01-01')).toBe(
      '甲, 乙, 丙, 等. 2023视频号电商现状[EB/OL]. 青瓜传媒, 2023-04-13[2026-01-01].',
    );
  });
  it('uses [N/OL] for news and starts at the title when nobody is named', () => {
    expect(formatGbt7714(anonymous, '2026-01-01')).toBe('某新闻[N/OL]. 未知, 出版日期不详[2026-01-01].');
  });
  it('uses [R/OL] for reports', () => {
    expect(formatGbt7714({ ...repost, kind: 'report' }, '2026-01-01')).toContain('[R/OL]');
  });
});

describe('APA (citation-js)', () => {
  it('formats author, full date, title, outlet and URL', () => {
    expect(formatApa(repost)).toBe('庞梦圆. (2023, April 13). 2023视频号电商现状. 青瓜传媒. https://www.f-o-p.com/311692.html');
  });
});

describe('slide footer', () => {
  it('names the claimant, both outlets, the title and the month', () => {
    expect(slideFooter(repost, '百准')).toBe('来源：百准，窄播/青瓜传媒《2023视频号电商现状》，2023年4月');
  });
  it('does not repeat the outlet as claimant', () => {
    expect(slideFooter(repost, '窄播')).toBe('来源：窄播/青瓜传媒《2023视频号电商现状》，2023年4月');
  });
});

describe('CSL-JSON', () => {
  it('keeps Chinese names whole and dates as date-parts', () => {
    expect(toCsl(repost)).toMatchObject({ author: [{ literal: '庞梦圆' }], issued: { 'date-parts': [[2023, 4, 13]] }, 'container-title': '青瓜传媒', URL: repost.url });
  });
});

describe('APA for many sources at once', () => {
  it('gives each source the string it gets alone, with no 2023a/2023b suffixes between sources', async () => {
    const { formatApaAll } = await import('../../src/lib/cite/apa.ts');
    const sibling = { ...repost, id: 'zhaibo-2', title: '另一篇文章', url: undefined };
    const all = formatApaAll([repost, sibling, anonymous]);
    expect(all.get('zhaibo')).toBe('庞梦圆. (2023, April 13). 2023视频号电商现状. 青瓜传媒. https://www.f-o-p.com/311692.html');
    expect(all.get('zhaibo-2')).toBe('庞梦圆. (2023, April 13). 另一篇文章. 青瓜传媒.');
    expect(all.get('anon')).toBe(formatApa(anonymous));
  });
});

describe('the one-sentence citation of a claim', () => {
  it('names claimant, outlets, title and date, without repeating an outlet that is the claimant', async () => {
    const { claimSentence } = await import('../../src/lib/claim-text.ts');
    const view = { subject: { name: '视频号' }, measure: { name: '日活跃用户数' }, valueText: '超过5亿人', periodText: '2022年8月', kindLabel: '媒体报道', claimant: '窄播' };
    expect(claimSentence(view, repost)).toBe('视频号的日活跃用户数：超过5亿人（2022年8月，媒体报道；窄播/青瓜传媒《2023视频号电商现状》，2023年4月13日）');
    expect(claimSentence({ ...view, claimant: '百准' }, repost)).toBe('视频号的日活跃用户数：超过5亿人（2022年8月，媒体报道；百准，窄播/青瓜传媒《2023视频号电商现状》，2023年4月13日）');
  });
});
