/**
 * Search as readers use it, in Debian's Chromium: a fixed list of real queries
 * (simplified, traditional, English names, numbers, two words) must each show the
 * expected page in the top 5; recall against a plain text scan of the built pages;
 * filters narrow results.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';
import { resultCount, searchFor } from '../support/search-page.ts';
import { htmlFiles, readDist, urlOf } from '../support/dist.ts';
import { loadCorpus } from '../../src/lib/check/corpus/load.ts';
import { subjectMeasurePairs } from '../support/search-pairs.ts';
import { intlSegmenter, queryVariants } from '../../src/lib/view/search-query.ts';
import { toTraditional } from '../../src/lib/view/search-text.ts';

const { queries } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as {
  queries: { q: string; expect: string }[];
};

const site = useBuiltSite();
const server = site;
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 375, height: 812 } });
});

describe('when the index cannot load', () => {
  it('the status line says the search failed, instead of searching forever', async () => {
    const broken = await site.browser.newPage();
    await broken.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await broken.goto(new URL('/search/?q=私域', server.url).href);
    await expect.poll(() => broken.textContent('#status'), { timeout: 15_000 }).toMatch(/^搜索出错/);
    await broken.close();
  });

  it('a subject + measure question still shows the claims that answer it, with the failure stated', async () => {
    // Answers are read from the atlas's own files, not from Pagefind's index.
    const [{ q, claims }] = subjectMeasurePairs();
    const broken = await site.browser.newPage();
    await broken.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await broken.goto(new URL(`/search/?q=${encodeURIComponent(q)}`, server.url).href);
    await expect.poll(() => broken.textContent('#status'), { timeout: 15_000 }).toMatch(/^搜索出错.*直接从数据中找到/);
    const shown = await broken.$$eval('#results li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(
      shown.some((url) => claims.has(url)),
      `${q} → ${shown.join(' ')}`,
    ).toBe(true);
    await broken.close();
  });
});

describe('starting Pagefind', () => {
  it('fetches each file it starts from once: the preloads are the very requests Pagefind makes', async () => {
    const fresh = await site.browser.newPage();
    const asked: string[] = [];
    fresh.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/') && !pathname.startsWith('/pagefind/index/')) asked.push(pathname);
    });
    await searchFor(fresh, server.url, '私域');
    expect(await resultCount(fresh)).toBeGreaterThan(0);
    const count = (test: (p: string) => boolean) => asked.filter(test).length;
    expect(
      count((p) => p === '/pagefind/pagefind-entry.json'),
      asked.join(' '),
    ).toBe(1);
    expect(
      count((p) => p.endsWith('.pf_meta')),
      asked.join(' '),
    ).toBe(1);
    expect(
      count((p) => p.endsWith('.pagefind')),
      asked.join(' '),
    ).toBe(1);
    await fresh.close();
  });
});

describe('splitting queries without a segmenter', () => {
  // Making a page's first Intl.Segmenter costs 20-40 ms: a query of Han characters and ASCII needs none.
  async function segmentersMade(query: string) {
    const fresh = await site.browser.newPage();
    await fresh.addInitScript(() => {
      const Made = Intl.Segmenter;
      const w = window as unknown as { __segmenters: number };
      w.__segmenters = 0;
      // Intl's properties are writable; TypeScript's lib types declare them read-only.
      (Intl as { Segmenter: typeof Made }).Segmenter = class extends Made {
        constructor(...args: ConstructorParameters<typeof Made>) {
          super(...args);
          w.__segmenters++;
        }
      };
    });
    await searchFor(fresh, server.url, query);
    const found = await resultCount(fresh);
    const made = await fresh.evaluate(() => (window as unknown as { __segmenters: number }).__segmenters);
    await fresh.close();
    return { found, made };
  }

  it('a search of 私域 finds pages and makes no segmenter', async () => {
    const { found, made } = await segmentersMade('私域');
    expect(found).toBeGreaterThan(0);
    expect(made).toBe(0);
  });

  it('a query with other characters (a middle dot) still goes through one', async () => {
    const { found, made } = await segmentersMade('私域 ·');
    expect(found).toBeGreaterThan(0);
    expect(made).toBeGreaterThan(0);
  });
});

describe('reader queries', () => {
  it('the list has at least 30 queries', () => expect(queries.length).toBeGreaterThanOrEqual(30));

  it.each(queries)('"$q" shows $expect in the top 5', async ({ q, expect: expected }) => {
    const results = await searchFor(page, server.url, q);
    expect(results.slice(0, 5)).toContain(expected);
  });
});

/**
 * Generated from the atlas, so the list grows with the data: for every platform, market
 * and company and every measure it has claims for, "<name> <measure>" (and the same in
 * traditional script for every third pair) must put one of that pair's claims in the top 3.
 */
describe('subject + measure questions', () => {
  const list = subjectMeasurePairs();

  it('covers every platform, market and company pair that has claims (at least 100)', () => expect(list.length).toBeGreaterThanOrEqual(100));

  it('puts a matching claim in the top 3 for every pair, in simplified and traditional script', async () => {
    const misses: string[] = [];
    for (const [i, { q, claims }] of list.entries()) {
      for (const query of i % 3 === 0 ? [q, toTraditional(q)] : [q]) {
        const top = (await searchFor(page, server.url, query)).slice(0, 3);
        if (!top.some((url) => claims.has(url))) misses.push(`${query} → ${top.join(' ')}`);
      }
    }
    expect(misses).toEqual([]);
  }, 600_000);
});

describe('results', () => {
  it('shows ten at a time and loads more on request', async () => {
    const first = await searchFor(page, server.url, '视频号');
    expect(first.length).toBe(10);
    expect(await resultCount(page)).toBeGreaterThan(20);
    await page.click('#more');
    await page.waitForFunction(() => document.querySelectorAll('#results li').length === 20);
  });
});

describe('filters', () => {
  it('sorting by date lists dated pages newest first', async () => {
    const urls = await searchFor(page, server.url, '视频号', { sort: 'date' });
    expect(urls.length).toBeGreaterThan(5);
    const dates = urls.map((u) => /data-pagefind-sort="date">([^<]+)</.exec(readDist(`${u.slice(1)}index.html`))?.[1] ?? '');
    expect(dates.every(Boolean)).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('type=案例 narrows 视频号 to case pages only', async () => {
    await searchFor(page, server.url, '视频号');
    const allCount = await resultCount(page);
    const cases = await searchFor(page, server.url, '视频号', { type: '案例' });
    expect(cases.length).toBeGreaterThan(0);
    expect(await resultCount(page)).toBeLessThan(allCount);
    expect(cases.every((u) => u.startsWith('/cases/'))).toBe(true);
  });

  it('the platform filter offers platforms and narrows results', async () => {
    await searchFor(page, server.url, '直播');
    const options = await page.$$eval('#platform option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain('抖音');
    const douyin = await searchFor(page, server.url, '直播', { platform: '抖音' });
    expect(douyin.length).toBeGreaterThan(0);
    for (const url of douyin.slice(0, 5)) expect(readDist(`${url.slice(1)}index.html`)).toContain('data-pagefind-filter="platform">抖音<');
  });
});

/** Text Pagefind indexes for a page: <main data-pagefind-body> minus data-pagefind-ignore parts. */
function indexedText(file: string): string | undefined {
  const root = parse(readFileSync(file, 'utf8'));
  const main = root.querySelector('main[data-pagefind-body]');
  if (!main) return undefined;
  for (const el of main.querySelectorAll('[data-pagefind-ignore], nav, form, label, script, style')) el.remove();
  return main.textContent;
}

describe('recall against a plain text scan', () => {
  const pages = new Map<string, string>();
  const terms: string[] = [];
  beforeAll(() => {
    for (const file of htmlFiles()) {
      const text = indexedText(file);
      if (text) pages.set(urlOf(file), text.toLowerCase());
    }
    const { corpus } = loadCorpus('.');
    // Names readers type: every platform, case, model, measure and glossary term.
    terms.push(
      ...new Set(
        [...corpus.platforms, ...corpus.cases, ...corpus.models, ...corpus.measures]
          .map((e) => e.data.name)
          .concat(corpus.terms.map((t) => t.data.term)),
      ),
    );
  });

  async function searchAll(query: string): Promise<Set<string>> {
    const table = (await (await fetch(`${server.url}/search/t2s.json`)).json()) as Record<string, string>;
    const variants = queryVariants(query, table, intlSegmenter());
    // A string, so the test runner does not rewrite import() for Node.
    const urls = (await page.evaluate(`(async (vs) => {
      const pf = await import('/pagefind/pagefind.js');
      const found = new Set();
      for (const v of vs) {
        const r = await pf.search(v);
        for (const d of await Promise.all(r.results.map((x) => x.data()))) found.add(d.url);
      }
      return [...found];
    })(${JSON.stringify(variants)})`)) as string[];
    return new Set(urls);
  }

  async function recall(script: 'simplified' | 'traditional'): Promise<{ recall: number; misses: string[] }> {
    await page.goto(`${server.url}/search/`);
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const term of terms) {
      const scan = [...pages].filter(([, text]) => text.includes(term.toLowerCase())).map(([url]) => url);
      if (scan.length === 0 || scan.length > 60) continue; // very common words say little about recall
      const results = await searchAll(script === 'simplified' ? term : toTraditional(term));
      const hit = scan.filter((url) => results.has(url));
      expected += scan.length;
      found += hit.length;
      if (hit.length < scan.length) misses.push(`${term}: ${hit.length}/${scan.length}`);
    }
    expect(expected).toBeGreaterThan(300);
    return { recall: found / expected, misses };
  }

  it('is at least 0.95 for simplified terms', async () => {
    const r = await recall('simplified');
    expect(r.recall, r.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 300_000);

  it('is at least 0.90 for the same terms typed in traditional script', async () => {
    const r = await recall('traditional');
    expect(r.recall, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
