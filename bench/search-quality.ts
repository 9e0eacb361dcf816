/**
 * npm run bench:search-quality — how well search answers on the real site, counted
 * rather than asserted (tests/browser/search.test.ts asserts the same things): to
 * choose a Pagefind version and its ranking by measurement.
 *
 *   tsx bench/search-quality.ts [--dist dist] [--ranking '{"termFrequency":0.1}'] [--label x]
 *
 * Counts: reader queries (tests/browser/search-queries.json) with the expected page
 * in the top 5; generated "<subject> <measure>" pairs (traditional script for every
 * third) with one of the pair's claims in the top 3; recall of Pagefind against a
 * plain text scan of what each page indexes, for names typed in simplified and in
 * traditional script. --ranking replaces the search page's ranking options (merged
 * over them) by serving a wrapper of pagefind.js, so one build can be tried with
 * several rankings. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { serveDist } from './serve.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './search.ts';
import { searchFor } from '../tests/support/search-page.ts';
import { loadCorpus } from '../src/lib/check/corpus/load.ts';
import { subjectMeasurePairs } from '../tests/support/search-pairs.ts';
import { intlSegmenter, queryVariants } from '../src/lib/view/search-query.ts';
import { toTraditional } from '../src/lib/view/search-text.ts';
import { htmlFiles } from '../tests/support/dist.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = opt('--dist') ?? 'dist';
const ranking = opt('--ranking');
const label = opt('--label') ?? ranking ?? 'page default';

/** Serve pagefind.js as a wrapper whose options() merges `ranking` over what the page asks for. */
async function overrideRanking(page: Page, origin: string): Promise<void> {
  if (!ranking) return;
  const real = `${origin}/pagefind/pagefind.js?real`;
  const wrapper = `export * from ${JSON.stringify(real)};
import { options as realOptions } from ${JSON.stringify(real)};
export async function options(o = {}) { return realOptions({ ...o, basePath: '/pagefind/', ranking: { ...(o.ranking || {}), ...${ranking} } }); }`;
  await page.route(/\/pagefind\/pagefind\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: wrapper }));
}

function readerQueries(): { q: string; expect: string }[] {
  return (JSON.parse(readFileSync('tests/browser/search-queries.json', 'utf8')) as { queries: { q: string; expect: string }[] }).queries;
}

/** Text Pagefind indexes for a page: <main data-pagefind-body> minus data-pagefind-ignore parts. */
function indexedText(file: string): string | undefined {
  const root = parse(readFileSync(file, 'utf8'));
  const main = root.querySelector('main[data-pagefind-body]');
  if (!main) return undefined;
  for (const el of main.querySelectorAll('[data-pagefind-ignore], nav, form, label, script, style')) el.remove();
  return main.textContent.toLowerCase();
}

async function recall(page: Page, origin: string, script: 'simplified' | 'traditional'): Promise<number> {
  const pages = new Map<string, string>();
  for (const file of htmlFiles(dist)) {
    const text = indexedText(file);
    if (text)
      pages.set(
        '/' +
          relative(dist, file)
            .replace(/index\.html$/, '')
            .split('\\')
            .join('/'),
        text,
      );
  }
  const { corpus } = loadCorpus('.');
  const terms = new Set(
    [...corpus.platforms, ...corpus.cases, ...corpus.models, ...corpus.measures].map((e) => e.data.name).concat(corpus.terms.map((t) => t.data.term)),
  );
  const table = (await (await fetch(`${origin}/search/t2s.json`)).json()) as Record<string, string>;
  await page.goto(`${origin}/search/`);
  let expected = 0;
  let found = 0;
  for (const term of terms) {
    const scan = [...pages].filter(([, text]) => text.includes(term.toLowerCase())).map(([url]) => url);
    if (scan.length === 0 || scan.length > 60) continue;
    const variants = queryVariants(script === 'simplified' ? term : toTraditional(term), table, intlSegmenter());
    const urls = new Set(
      (await page.evaluate(`(async (vs) => {
        const pf = await import('/pagefind/pagefind.js');
        const found = new Set();
        for (const v of vs) for (const d of await Promise.all((await pf.search(v)).results.map((x) => x.data()))) found.add(d.url);
        return [...found];
      })(${JSON.stringify(variants)})`)) as string[],
    );
    expected += scan.length;
    found += scan.filter((url) => urls.has(url)).length;
  }
  return found / expected;
}

const served = await serveDist(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  await overrideRanking(page, served.url);
  const reader = readerQueries();
  const readerMisses: string[] = [];
  for (const { q, expect } of reader) if (!(await searchFor(page, served.url, q)).slice(0, 5).includes(expect)) readerMisses.push(q);
  const list = subjectMeasurePairs();
  let pairChecks = 0;
  const pairMisses: string[] = [];
  for (const [i, { q, claims }] of list.entries()) {
    for (const query of i % 3 === 0 ? [q, toTraditional(q)] : [q]) {
      pairChecks++;
      if (!(await searchFor(page, served.url, query)).slice(0, 3).some((url) => claims.has(url))) pairMisses.push(query);
    }
  }
  const version = (JSON.parse(readFileSync(`${dist}/pagefind/pagefind-entry.json`, 'utf8')) as { version: string }).version;
  const result = {
    pagefind: version,
    ranking: label,
    reader: `${reader.length - readerMisses.length}/${reader.length}`,
    pairsTop3: `${pairChecks - pairMisses.length}/${pairChecks}`,
    recallSimplified: Number((await recall(page, served.url, 'simplified')).toFixed(3)),
    recallTraditional: Number((await recall(page, served.url, 'traditional')).toFixed(3)),
    readerMisses,
    pairMisses: pairMisses.slice(0, 10),
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await served.close();
}
