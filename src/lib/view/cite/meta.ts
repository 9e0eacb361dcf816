/**
 * <meta> tags for reference managers (Zotero's Embedded Metadata translator, Google
 * Scholar), made from the same CSL-JSON as the page's references.
 *
 * A source page describes the article: citation_title, one citation_author per
 * author, citation_publication_date, citation_public_url (the article's own
 * address), citation_language, and its type. Zotero takes the type from
 * citation_journal_title (→ journal article, so it is never emitted: nothing here is
 * a journal), citation_technical_report_institution (→ report) and otherwise from
 * DC.type holding a Zotero item type (newspaperArticle, webpage, blogPost); the
 * outlet goes in prism.publicationName, which Zotero reads before the atlas's own
 * og:site_name.
 *
 * A claim or case page describes itself: a webpage of this atlas (DC.type webpage,
 * author 电商图谱, its own address and last-changed date), naming the article(s) it
 * cites in citation_reference.
 */
import type { CslItem } from './csl.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Zotero item type for each CSL type (what the CSL-JSON imports as, too). */
export const ZOTERO_TYPE: Record<CslItem['type'], string> = {
  'article-newspaper': 'newspaperArticle',
  webpage: 'webpage',
  'post-weblog': 'blogPost',
  report: 'report',
  interview: 'interview',
  'article-journal': 'journalArticle',
};

/** citation_publication_date as Highwire writes it: 2023/04/13, 2023/04 or 2023. */
export function highwireDate(date: CslItem['issued']): string | undefined {
  return date?.['date-parts'][0].map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('/');
}

/** Title, authors, date, public URL and language: what both kinds of page say of the item they describe. */
function describedBy(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: item.title }];
  for (const a of item.author ?? []) tags.push({ name: 'citation_author', content: a.literal });
  const date = highwireDate(item.issued);
  if (date) tags.push({ name: 'citation_publication_date', content: date });
  if (item.URL) tags.push({ name: 'citation_public_url', content: item.URL });
  if (item.language) tags.push({ name: 'citation_language', content: item.language });
  return tags;
}

/** Tags for a source page, describing the article itself. */
export function articleMeta(item: CslItem): MetaTag[] {
  const tags = describedBy(item);
  if (item.type === 'report') {
    if (item.publisher) {
      tags.push({ name: 'citation_technical_report_institution', content: item.publisher });
      tags.push({ name: 'citation_publisher', content: item.publisher });
    } else {
      tags.push({ name: 'DC.type', content: 'report' });
    }
  } else {
    tags.push({ name: 'DC.type', content: ZOTERO_TYPE[item.type] });
    if (item['container-title']) tags.push({ name: 'prism.publicationName', content: item['container-title'] });
  }
  return tags;
}

/** Tags for a page of this atlas (a claim, a case) that cites the given references. */
export function atlasPageMeta(item: CslItem, cites: readonly string[]): MetaTag[] {
  const tags = describedBy(item);
  tags.push({ name: 'DC.type', content: 'webpage' });
  for (const reference of cites) tags.push({ name: 'citation_reference', content: reference });
  return tags;
}
