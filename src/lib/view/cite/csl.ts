/**
 * CSL-JSON for our sources: the one input of every citation on the site. The GB/T
 * 7714 and APA strings (rendered by citeproc-js with the published styles, see
 * render.ts), the page's Zotero metadata (meta.ts), /sources/<id>.csl.json and
 * /data/sources.csl.json all come from `toCsl`, so they agree by construction.
 *
 * Type, from the source's kind and outlet:
 *   news                  → article-newspaper, container-title = outlet      (GB/T [N], Zotero newspaperArticle)
 *   analysis              → webpage, container-title = outlet                (GB/T [EB], Zotero webpage)
 *   official              → report, author and publisher = the issuer        (GB/T [R], Zotero report)
 *   report                → report, publisher = outlet                       (GB/T [R], Zotero report)
 *   interview             → interview, container-title = outlet
 *   any kind on a blog    → post-weblog, container-title = the blog          (GB/T [EB], Zotero blogPost)
 * An outlet recorded as unknown (未知) is left out, never printed as a publisher.
 * URL is `url`, the original publisher's address, only: the copy we read (`readAt`) may
 * be a repost on a content farm, which a consultant's citation must not point at. Without
 * `url` there is no URL (so no /OL and no access date in GB/T); pages show the copy read
 * beside the reference. `accessed` is the day we read it, from the data.
 * A repost's first publisher has no element in GB/T 7714: it goes in
 * `original-publisher`, which no style prints, and pages show it beside the reference.
 */
import type { Source } from '../../../schemas/source.ts';

export interface CslName {
  literal: string;
}

export interface CslDate {
  'date-parts': number[][];
  /** An inferred date: GB/T prints it in square brackets ([2023]), APA as "ca.". */
  circa?: boolean;
}

export type CslType = 'article-newspaper' | 'webpage' | 'post-weblog' | 'report' | 'interview' | 'article-journal';

export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'original-publisher'?: string;
  issued?: CslDate;
  /** Always set for sources (their `accessed` field). */
  accessed?: CslDate;
  URL?: string;
  language?: string;
}

/** Outlets recorded as "we do not know where this appeared". */
const UNKNOWN_OUTLETS = new Set(['未知', '不详', '未知来源', 'unknown']);

export function knownOutlet(outlet: string | undefined): string | undefined {
  return outlet && !UNKNOWN_OUTLETS.has(outlet.trim().toLowerCase()) ? outlet : undefined;
}

/** Blogs (a company's corporate blog): post-weblog, not a report or a news article. */
export function isBlog(outlet: string): boolean {
  return /\bblog\b|博客/i.test(outlet);
}

/**
 * The issuer of an official disclosure: the outlet without a trailing note in
 * full-width brackets on how it reached us, e.g. "JD.com, Inc.（京东集团，经
 * GlobeNewswire 发布）" → "JD.com, Inc.", "阿里巴巴集团（美国证券交易委员会 EDGAR 备案）" → "阿里巴巴集团".
 */
export function issuerOf(outlet: string): string {
  return outlet.replace(/\s*（[^（）]*）\s*$/, '').trim() || outlet;
}

/** A date the data marks as inferred (推定 …, "Inferred from …"), not printed on the text. */
export function isInferredDate(note: string | undefined): boolean {
  return !!note && /推定|推测|估计|应为|应发|应写于|应在|inferred/i.test(note);
}

export function cslDate(date: string, circa = false): CslDate {
  const parts = date.split('-').map(Number);
  return circa ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

/** The CSL type of a source (see the table above). */
export function cslType(source: Pick<Source, 'kind' | 'outlet'>): CslType {
  if (isBlog(source.outlet)) return 'post-weblog';
  switch (source.kind) {
    case 'news':
      return 'article-newspaper';
    case 'analysis':
      return 'webpage';
    case 'report':
    case 'official':
      return 'report';
    case 'interview':
      return 'interview';
  }
}

/** The address a citation gives: the original publisher's only (never a repost we happened to read). */
export function citedUrl(source: Pick<Source, 'url' | 'readAt'>): string | undefined {
  return source.url;
}

export function toCsl(source: Source): CslItem {
  const type = cslType(source);
  const outlet = knownOutlet(source.outlet);
  const item: CslItem = { id: source.id, type, title: source.title };
  // Chinese names are not split into family and given names; nor are Latin-script
  // ones, whose order (Yingzhi Yang, Zhou Liqing) the data does not record.
  if (source.authors.length) item.author = source.authors.map((literal) => ({ literal }));
  if (type === 'report') {
    if (outlet) {
      const issuer = source.kind === 'official' ? issuerOf(outlet) : outlet;
      // An official disclosure with no named person is the issuer's own (a corporate author).
      if (source.kind === 'official' && !item.author) item.author = [{ literal: issuer }];
      item.publisher = issuer;
    }
  } else if (outlet) {
    item['container-title'] = outlet;
  }
  if (source.originalOutlet) item['original-publisher'] = source.originalOutlet;
  if (source.published) item.issued = cslDate(source.published, isInferredDate(source.publishedNote));
  item.accessed = cslDate(source.accessed);
  const url = citedUrl(source);
  if (url) item.URL = url;
  item.language = source.language;
  return item;
}

/** The atlas as the author and website of its own pages. */
export const ATLAS_AUTHOR = '电商图谱';
export const ATLAS_SITE = '电商图谱 Commerce Atlas';

/**
 * CSL-JSON for a page of this atlas (a case, a claim): a webpage by the atlas. Its
 * date is the day the page's entry last changed (the version cited, as GB/T 7714's
 * 更新或修改日期), which is also its access date: the page read on any later day says
 * the same until it changes again.
 */
export function atlasPageCsl(page: { id: string; title: string; url: string; changed?: string }): CslItem {
  const item: CslItem = { id: page.id, type: 'webpage', title: page.title, author: [{ literal: ATLAS_AUTHOR }], 'container-title': ATLAS_SITE };
  if (page.changed) {
    item.issued = cslDate(page.changed);
    item.accessed = cslDate(page.changed);
  }
  item.URL = page.url;
  item.language = 'zh-Hans';
  return item;
}
