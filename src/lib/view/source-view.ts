/**
 * How a source is named on pages: one wording of its outlet (a repost names the first
 * publisher and where it was reposted), its date and its kind, and everything the
 * source's own page shows. The slide footer (cite/footer.ts) keeps the shorter
 * "原发/转载" form decks use.
 */
import type { Source } from '../../schemas/source.ts';
import { entryFileHref, entryHref } from '../../schemas/index.ts';
import { zhDate } from '../periods.ts';
import { knownOutlet } from './cite/csl.ts';
import { outletLine, slideFooter } from './cite/footer.ts';
import { ZOTERO_TYPE } from './cite/meta.ts';
import { sourceCitation, type SourceCitation } from './cite/source.ts';
import { LANGUAGE_LABEL, SOURCE_KIND_LABEL } from './labels.ts';

/** "窄播（青瓜传媒转载）", or the outlet alone; an unknown outlet is not printed. */
export function outletText(source: Pick<Source, 'outlet' | 'originalOutlet'>): string {
  const outlet = knownOutlet(source.outlet);
  if (source.originalOutlet) return outlet ? `${source.originalOutlet}（${outlet}转载）` : source.originalOutlet;
  return outlet ?? '刊载媒体不详';
}

/** What follows a source's title in a list: "，窄播（青瓜传媒转载），庞梦圆，2023年4月13日". */
export function sourceTail(source: Source, { authors = false } = {}): string {
  const parts = [
    outletText(source),
    ...(authors && source.authors.length ? [source.authors.join('、')] : []),
    ...(source.published ? [zhDate(source.published)] : []),
  ];
  return parts.map((p) => `，${p}`).join('');
}

/** The quote's language for `lang`: traditional Chinese stays zh-Hant, everything else reads as zh-CN. */
export function quoteLang(source: Pick<Source, 'language'>): 'zh-Hant' | 'zh-CN' {
  return source.language === 'zh-Hant' ? 'zh-Hant' : 'zh-CN';
}

/** Everything a cite box shows for a source. */
export interface SourceCiteBox {
  refs: SourceCitation['refs'];
  notes: string[];
  footer: string;
  cslHref: string;
}

export function sourceCiteBox(id: string, source: Source, claimant?: string): SourceCiteBox {
  const cite = sourceCitation(source);
  return { refs: cite.refs, notes: cite.notes, footer: slideFooter(source, claimant), cslHref: entryFileHref('sources', id, '.csl.json') };
}

/** The facts and wording of a source's own page. */
export function sourcePage(id: string, source: Source, figures: string[], figureCount: number) {
  const cite = sourceCitation(source);
  const type = ZOTERO_TYPE[cite.csl.type];
  const where = [outletLine(source), source.published && zhDate(source.published)].filter(Boolean).join('，');
  return {
    href: entryHref('sources', id),
    title: `《${source.title}》`,
    // What Zotero files as the abstract: what the article reports, not what this site holds.
    description: `《${source.title}》${where ? `（${where}）` : ''}${figures.length ? `：${figures.join('；')}${figureCount > figures.length ? '等' : ''}。` : '。'}`,
    authorsText: source.authors.length ? source.authors.join('、') : '未署名',
    editorsText: source.editors.length ? `（编辑：${source.editors.join('、')}）` : '',
    dateText: source.published ? zhDate(source.published) : '不详',
    kindText: `${SOURCE_KIND_LABEL[source.kind]}，${LANGUAGE_LABEL[source.language]}`,
    meta: cite.meta,
    citeBox: {
      ...sourceCiteBox(id, source),
      zotero: `本页带有 citation_* 元数据，Zotero 会把它识别为这篇${type === 'report' ? '报告' : '文章'}（条目类型 ${type}），与 CSL-JSON 一致。`,
    },
  };
}
