/**
 * Everything one claim's page shows, assembled once so the page only lays it out: the
 * value and its facts, the quote, the claims it disagrees with, the claims on the same
 * subject and measure, how to cite it, and how search and Zotero see the page.
 */
import { claimView, disagreementHref, type Atlas, type ClaimEntry, type ClaimView } from '../../atlas.ts';
import type { SearchInfo } from '../../components/SearchMeta.astro';
import { datesOf } from '../../latest.ts';
import { periodEnd } from '../periods.ts';
import { claimKeywords, claimSentence } from './claim-text.ts';
import { atlasPageCsl } from './cite/csl.ts';
import { atlasPageMeta, type MetaTag } from './cite/meta.ts';
import { QUALIFIER_PREFIX, UNIT_LABEL } from './labels.ts';
import { toSimplified } from './search-text.ts';
import { quoteLang, sourceCiteBox, sourceTail, type SourceCiteBox } from './source-view.ts';

export interface ClaimPage {
  view: ClaimView;
  title: string;
  /** The sentence a consultant pastes: who said what, when, where. */
  sentence: string;
  search: SearchInfo;
  meta: MetaTag[];
  measure: { name: string; en: string; definition: string };
  /** The raw number and unit as recorded ("5500（单位：元；约）"). */
  recorded: string;
  claimantText: string;
  periodNote?: string;
  source: { href: string; title: string; tail: string };
  quote: { text: string; lang: 'zh-Hant' | 'zh-CN'; cite?: string };
  derivation?: string;
  note?: string;
  disputes: { href: string; title: string; why: string; views: ClaimView[] }[];
  sameTopic: ClaimView[];
  cite: SourceCiteBox & { of: string; zotero: string };
  permalink: string;
}

export async function claimPage(atlas: Atlas, claim: ClaimEntry, site: URL | undefined): Promise<ClaimPage> {
  const c = claim.data;
  const view = claimView(atlas, claim);
  const source = atlas.byId.sources.get(c.source)!;
  const measure = atlas.byId.measures.get(c.measure)!.data;
  const sentence = claimSentence(view, source.data);
  const title = `${view.subject.name}${measure.name}：${view.valueText}（${view.periodText}）`;
  const cite = sourceCiteBox(source.id, source.data, c.claimant);
  const permalink = new URL(view.href, site).href;
  // Zotero and Google Scholar see this page as what it is: a page of the atlas citing the article.
  const csl = atlasPageCsl({ id: claim.id, title, url: permalink, changed: (await datesOf('claims', claim.id)).changed });
  const simplifiedQuote = source.data.language === 'zh-Hant' ? toSimplified(c.quote) : undefined;
  return {
    view,
    title,
    sentence,
    search: {
      type: '数据',
      figure: `${view.valueText} · ${view.periodText} · ${view.kindLabel}`,
      year: c.period?.slice(0, 4),
      keywords: [...claimKeywords(view, measure), ...(simplifiedQuote ? [simplifiedQuote] : [])],
      date: c.period ? periodEnd(c.period) : undefined,
      platforms: view.subject.type === 'platform' ? [view.subject.name] : [],
    },
    meta: atlasPageMeta(csl, [cite.refs.gbt]),
    measure: { name: measure.name, en: measure.en, definition: [measure.definition, measure.definitionNotes].filter(Boolean).join(' ') },
    recorded: `${c.value !== undefined ? c.value : `${c.low} – ${c.high}`}（单位：${UNIT_LABEL[c.unit]}${c.qualifier !== 'exact' ? `；${QUALIFIER_PREFIX[c.qualifier]}` : ''}）`,
    claimantText: `${c.claimant}${c.claimantRole ? `（${c.claimantRole}）` : ''}`,
    periodNote: c.periodNote,
    source: { href: view.source.href, title: `《${source.data.title}》`, tail: sourceTail(source.data) },
    quote: { text: c.quote, lang: quoteLang(source.data), cite: source.data.url },
    derivation: c.derivation,
    note: c.note,
    disputes: (atlas.disputesByClaim.get(claim.id) ?? []).map((d) => ({
      href: disagreementHref(atlas, d.id),
      title: d.data.title,
      why: d.data.why,
      views: d.data.claims.map((id) => claimView(atlas, atlas.byId.claims.get(id)!)),
    })),
    sameTopic: (atlas.claimsBySubject.get(c.subject) ?? [])
      .filter((o) => o.data.measure === c.measure && o.id !== claim.id)
      .map((o) => claimView(atlas, o)),
    cite: {
      ...cite,
      of: `来源《${source.data.title}》`,
      zotero: '用 Zotero 保存本页得到的是电商图谱的网页条目（webpage）；要保存原文，请导入 CSL-JSON 或打开来源页。',
    },
    permalink,
  };
}
