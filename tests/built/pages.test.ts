/**
 * Nothing lost: every entry has its page, the sitemap, the search index and the
 * exports all count the same entries, and pages show what their data says.
 */
import { collectionSpecs } from '../../src/schemas/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadCorpus, type Corpus } from '../../src/lib/check/corpus/load.ts';
import { claimIdsInBody } from '../../src/lib/check/mdx/claim-refs.ts';
import { formatValue } from '../../src/lib/view/format-number.ts';
import { formatGbt7714 } from '../../src/lib/view/cite/gbt7714.ts';
import { DIST, htmlFiles, readDist, requireDist, urlOf } from '../support/dist.ts';

let corpus: Corpus;
beforeAll(() => {
  requireDist();
  corpus = loadCorpus('.').corpus;
});

/** Every collection with entry pages, and their folder, from the registry. */
const ENTRY_DIRS = Object.fromEntries(
  Object.entries(collectionSpecs).flatMap(([name, spec]) => ('route' in spec ? [[name, spec.route]] : [])),
) as Record<string, string>;

describe('built pages equal entries', () => {
  it.each(Object.entries(ENTRY_DIRS))('every %s entry has exactly one page', (collection, dir) => {
    const ids = corpus[collection as keyof Corpus].map((e) => e.id);
    for (const id of ids) expect(existsSync(join(DIST, dir, id, 'index.html')), `${dir}/${id}`).toBe(true);
    const entryPages = htmlFiles(join(DIST, dir)).filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));
    expect(entryPages.length).toBe(ids.length);
  });

  it('Pagefind indexed exactly the entry pages (from its own entry file)', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const entries = Object.keys(ENTRY_DIRS).reduce((n, c) => n + corpus[c as keyof Corpus].length, 0);
    expect(indexed).toBe(entries);
  });

  it('the sitemap lists every page except 404', () => {
    const sitemap = readDist('sitemap-0.xml');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const pages = htmlFiles()
      .map(urlOf)
      .filter((u) => u !== '/404.html');
    expect([...listed].sort()).toEqual(pages.sort());
  });

  it('claims.csv and claims.json have one row per claim, each with its permalink', () => {
    const csv = readDist('data/claims.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
    const json = JSON.parse(readDist('data/claims.json')) as { count: number; claims: { id: string; url: string }[] };
    expect(rows.map((r) => r.id).sort()).toEqual(corpus.claims.map((c) => c.id).sort());
    expect(json.claims.length).toBe(corpus.claims.length);
    for (const row of rows) expect(new URL(row.url).pathname).toBe(`/claims/${row.id}/`);
  });

  it('claims.csv has no cell a spreadsheet would run as a formula, and keeps negative numbers numeric', () => {
    const rows = parseCsv(readDist('data/claims.csv').slice(1), { columns: false }) as string[][];
    const risky = rows.flat().filter((cell) => /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && Number.isNaN(Number(cell))));
    expect(risky).toEqual([]);
    // Some quote or note does start with such a character, so the rule is exercised.
    expect(rows.flat().some((cell) => /^'[=+\-@]/.test(cell))).toBe(true);
  });

  it('sources.csl.json and cases.json hold every source and case', () => {
    expect(JSON.parse(readDist('data/sources.csl.json')).length).toBe(corpus.sources.length);
    expect(JSON.parse(readDist('data/cases.json')).count).toBe(corpus.cases.length);
  });
});

describe('what pages show', () => {
  it('a case page shows each number from its prose with a link to the claim', () => {
    const entry = corpus.cases.find((c) => c.id === 'alice-fushi')!;
    const html = readDist('cases/alice-fushi/index.html');
    const refs = claimIdsInBody(entry.body!);
    expect(refs.length).toBeGreaterThan(2);
    for (const { id } of refs) {
      const claim = corpus.claims.find((c) => c.id === id)!.data;
      const span = new RegExp(`<span class="claim-inline"><span class="v">([^<]+)</span><sup><a href="/claims/${id}/"`);
      expect(html, id).toMatch(span);
      expect(html.match(span)![1]).toBe(formatValue(claim));
    }
    // Written out by hand from the article ("月GMV达到5500万"), so a formatting regression cannot hide.
    expect(html).toMatch(/<span class="v">5500万元<\/span><sup><a href="\/claims\/alice-fushi-monthly-gmv-zb\/"/);
  });

  it('a claim page shows the value, period, claimant, quote and an exact GB/T 7714 citation', () => {
    const claim = corpus.claims.find((c) => c.id === 'shunzi-shuocha-aov-2022-zb')!.data;
    const source = corpus.sources.find((s) => s.id === claim.source)!.data;
    const html = readDist('claims/shunzi-shuocha-aov-2022-zb/index.html');
    expect(html).toContain(`<p class="figure" data-testid="claim-value">${formatValue(claim)}</p>`);
    expect(html).toContain(claim.quote);
    expect(html).toContain(claim.claimant);
    expect(html).toContain(`<output id="cite-gbt" aria-labelledby="cite-gbt-label">${formatGbt7714(source)}</output>`);
    // The exact standard form, written out once by hand for this known source (the access date is data, not the build date).
    expect(formatGbt7714(source)).toBe('庞梦圆. 2023视频号电商现状[EB/OL]. (2023-04-13)[2026-11-22]. https://www.f-o-p.com/311692.html.');
    expect(html).toContain(
      '<meta name="citation_reference" content="庞梦圆. 2023视频号电商现状[EB/OL]. (2023-04-13)[2026-11-22]. https://www.f-o-p.com/311692.html.">',
    );
  });

  it('a measure page charts each subject’s latest figure as inline SVG with a text alternative', () => {
    const html = readDist('measures/aov/index.html');
    const subjects = new Set(corpus.claims.filter((c) => c.data.measure === 'aov').map((c) => c.data.subject)).size;
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/);
    expect((html.match(/<rect class="bar/g) ?? []).length).toBeGreaterThanOrEqual(Math.min(subjects, 20));
    expect(html).toContain('<desc');
  });

  it('stale claims carry a 数据截至 note', () => {
    const html = readDist('claims/shunzi-shuocha-aov-2022-zb/index.html');
    expect(html).toMatch(/数据截至 2022年12月/);
  });

  it('every disagreement shows all its versions, across the pages of the list', () => {
    const html = htmlFiles(join(DIST, 'disagreements'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    for (const d of [...new Set(corpus.disagreements.flatMap((x) => x.data.claims))]) expect(html).toContain(`/claims/${d}/`);
  });
});

describe('links and scripts', () => {
  it('external links open safely', () => {
    let seen = 0;
    for (const file of htmlFiles()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        seen++;
        expect(m[0], `${urlOf(file)}: ${m[0]}`).toContain('rel="noopener noreferrer"');
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('every page has a Content-Security-Policy without unsafe-inline scripts', () => {
    for (const file of htmlFiles()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, urlOf(file)).toBeDefined();
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });
});

describe('feed', () => {
  it('rss.xml lists new entries, each linking to a built page', () => {
    const rss = readDist('rss.xml');
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
    expect(links.length).toBe(Math.min(50, corpus.cases.length + corpus.events.length + corpus.claims.length));
    for (const path of links) expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
    expect(rss).toContain('<language>zh-cn</language>');
  });
});

describe('search page', () => {
  it('preloads the Pagefind files it needs, which exist', () => {
    const html = readDist('search/index.html');
    const hrefs = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map((m) => m[1]);
    expect(hrefs.some((h) => h.endsWith('.pf_meta'))).toBe(true);
    expect(hrefs.some((h) => h.endsWith('.pagefind'))).toBe(true);
    for (const href of hrefs) expect(existsSync(join(DIST, href.split('?')[0])), href).toBe(true);
  });

  it('preloads the entry file under the very name pagefind.js asks for (a preload under another name is wasted)', () => {
    const html = readDist('search/index.html');
    const preloaded = [...html.matchAll(/<link rel="preload" href="\/pagefind\/(pagefind-entry\.json\?ts=[0-9a-f]+)"/g)].map((m) => m[1]);
    expect(preloaded).toHaveLength(1);
    const js = readDist('pagefind/pagefind.js');
    expect(js).toContain(`\`\${this.basePath}${preloaded[0]}\``);
    expect(js).not.toContain('Date.now()}');
  });

  it("pagefind.js's first search waits for its WebAssembly in short steps, not 50 ms ones", () => {
    const js = readDist('pagefind/pagefind.js');
    const wait = /async getPtr\(\)\{while\(this\.raw_ptr===null\)\{await asyncSleep\((\d+)\)\}/.exec(js);
    expect(wait, 'the getPtr wait loop of Pagefind 1.4').not.toBeNull();
    expect(Number(wait![1])).toBeLessThanOrEqual(5);
  });
});
