/**
 * Search as a reader meets it: the built dist/ served on 127.0.0.1 (bench/serve.ts:
 * sirv, gzip for text types like GitHub Pages; Pagefind's own files are already
 * compressed), opened in headless Chromium at /search/?q=….
 *
 * Cold: a fresh browser context (empty cache) per query, opening /search/?q=<q>;
 * the page's script runs the search on load. Latency runs from navigation start
 * to the first frame after #status shows the outcome (results are in #results
 * by then). For a question the page answers from the claims (subject + measure),
 * the outcome is those answers, shown before Pagefind's results; the page's
 * "shown" mark, in the timeline, is when the full-text results were added.
 * Bytes are every byte the server sent for that navigation (status lines, headers
 * and bodies, document included), counted at the server so that requests a Web
 * Worker makes (Pagefind 1.5+ searches in one) count too.
 * Warm: in the context of the first cold query, each query is typed into #q and
 * the form submitted; latency runs from submit to the first frame after #status
 * shows the outcome. Pass 1 may still fetch index chunks for new words; pass 2
 * repeats the list with everything loaded.
 */
import { stats, type Stats } from './output.ts';
import { waitForQuiet } from './measure.ts';
import { serveDist, type Served } from './serve.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

// The tests' browser and flags (tests/support/chromium.ts), headless as Lighthouse runs it too.
export const CHROMIUM = CHROMIUM_PATH;
export const CHROMIUM_ARGS = ['--headless=new', ...CHROMIUM_FLAGS];

export interface ColdRun {
  query: string;
  ms: number;
  bytes: number;
  requests: number;
  /** Bytes by kind: document, pagefind (js/wasm/meta), index, fragment, filter, other. */
  bytesByKind: Record<string, number>;
  requestsByKind: Record<string, number>;
  results: number;
  status: string;
  /** When each kind of request started and finished (ms from navigation start), from Resource Timing. */
  timeline: Record<string, { n: number; start: number; end: number }>;
}

export interface SearchFigures {
  chromium: string;
  queries: string[];
  cold: ColdRun[];
  warm: { query: string; ms: number; bytes: number; requests: number; results: number }[];
  repeat: { query: string; ms: number }[];
  summary: {
    firstCold: { query: string; bytes: number; requests: number; ms: number };
    coldMs: Stats;
    coldBytes: Stats;
    coldRequests: Stats;
    warmMs: Stats;
    repeatMs: Stats;
    queriesWithResults: number;
  };
}

function kindOf(urlOrPath: string): string {
  const path = urlOrPath.startsWith('/') ? urlOrPath : new URL(urlOrPath).pathname;
  if (path.startsWith('/pagefind/fragment/')) return 'fragment';
  if (path.startsWith('/pagefind/index/')) return 'index';
  if (path.startsWith('/pagefind/filter/')) return 'filter';
  if (path.startsWith('/pagefind/')) return 'pagefind';
  if (path.startsWith('/search/t2s')) return 't2s';
  if (path.startsWith('/search/dict/')) return 'dictionary';
  if (path.startsWith('/search/r/') || path.startsWith('/search/dates')) return 'records';
  if (path.startsWith('/search/answers/') || path.startsWith('/search/values')) return 'answers';
  if (path.startsWith('/search/')) return 'document';
  return 'other';
}

/** Wait until the server has sent nothing new for 100 ms (a worker's last requests included). */
async function settle(served: Served): Promise<void> {
  for (let n = -1; n !== served.sent.length;) {
    n = served.sent.length;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the server sent since `from` (an index into served.sent): bytes and requests, in all and by kind. */
function sentSince(served: Served, from: number) {
  const out = { bytes: 0, requests: 0, byKind: {} as Record<string, number>, reqByKind: {} as Record<string, number> };
  for (const { path, bytes } of served.sent.slice(from)) {
    const kind = kindOf(path);
    out.bytes += bytes;
    out.requests++;
    out.byKind[kind] = (out.byKind[kind] ?? 0) + bytes;
    out.reqByKind[kind] = (out.reqByKind[kind] ?? 0) + 1;
  }
  return out;
}

// Browser-side code is kept as plain JavaScript strings: functions compiled by tsx
// carry helper calls (__name) that do not exist in the page.

/** Records when #status first shows an outcome, one frame later (results painted). */
const INIT_SCRIPT = `
document.addEventListener('DOMContentLoaded', function () {
  var status = document.getElementById('status');
  if (!status) return;
  function check() {
    var text = status.textContent || '';
    if (window.__searchDone === undefined && window.__searchStatus === undefined && /^(找到|没有找到)/.test(text)) {
      window.__searchStatus = text;
      requestAnimationFrame(function () { window.__searchDone = performance.now(); });
    }
  }
  new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
  check();
});
`;

/** Types a query into #q, submits, and resolves one frame after #status shows the outcome. */
const WARM_RUN = `async function (text) {
  var input = document.getElementById('q');
  var form = document.getElementById('search');
  var status = document.getElementById('status');
  input.value = text;
  return await new Promise(function (resolve) {
    var finished = false;
    var t0 = performance.now();
    var observer = new MutationObserver(function () {
      var s = status.textContent || '';
      if (!finished && /^(找到|没有找到)/.test(s)) {
        finished = true;
        observer.disconnect();
        requestAnimationFrame(function () {
          resolve({ ms: performance.now() - t0, results: document.querySelectorAll('#results > li').length });
        });
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    form.requestSubmit();
  });
}`;

/** Measure cold and (unless `warm` is false) warm searches over `dist` for each query. */
export async function measureSearch(dist: string, queries: string[], { warm: measureWarm = true } = {}): Promise<SearchFigures> {
  const { chromium } = await import('playwright-core');
  const served = await serveDist(dist);
  const origin = served.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const version = browser.version();
  const cold: ColdRun[] = [];
  const warm: SearchFigures['warm'] = [];
  const repeat: SearchFigures['repeat'] = [];
  try {
    for (let qi = 0; qi < queries.length; qi++) {
      const query = queries[qi];
      await waitForQuiet(60_000);
      const context = await browser.newContext();
      const page = await context.newPage();
      const from = served.sent.length;
      // Record when #status first shows an outcome, then wait one frame (results painted).
      await page.addInitScript({ content: INIT_SCRIPT });
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      // A function, not a string: strings are eval'd in the page, which its CSP forbids.
      await page.waitForFunction(() => (window as unknown as { __searchDone?: number }).__searchDone !== undefined, undefined, { timeout: 60_000 });
      // Let in-flight requests (the page's and its workers') finish so their bytes count.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await settle(served);
      const received = sentSince(served, from);
      const timing = (await page.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { nav: nav ? [nav.startTime, nav.responseEnd, nav.domContentLoadedEventEnd] : null, res: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd]), marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name.slice(6), m.startTime]) };
      })()`)) as { nav: [number, number, number] | null; res: [string, number, number][]; marks: [string, number][] };
      const timeline: ColdRun['timeline'] = {};
      if (timing.nav) timeline['document'] = { n: 1, start: timing.nav[0], end: timing.nav[1] };
      if (timing.nav) timeline['DOMContentLoaded'] = { n: 1, start: timing.nav[2], end: timing.nav[2] };
      // The search page's own marks (script start, dictionary, Pagefind ready, searched, shown).
      for (const [name, t] of timing.marks) timeline[`page: ${name}`] = { n: 1, start: t, end: t };
      for (const [url, start, end] of timing.res) {
        if (!url.startsWith(origin)) continue;
        const k = kindOf(url);
        const t = (timeline[k] ??= { n: 0, start, end });
        t.n++;
        t.start = Math.min(t.start, start);
        t.end = Math.max(t.end, end);
      }
      const done = (await page.evaluate(
        `({ ms: window.__searchDone, status: window.__searchStatus, results: document.querySelectorAll('#results > li').length })`,
      )) as { ms: number; status: string; results: number };
      cold.push({
        query,
        ms: done.ms,
        bytes: received.bytes,
        requests: received.requests,
        bytesByKind: { ...received.byKind },
        requestsByKind: { ...received.reqByKind },
        results: done.results,
        status: done.status,
        timeline,
      });
      if (qi === 0 && measureWarm) {
        // Warm passes in this same page: Pagefind is loaded.
        for (const pass of [1, 2]) {
          for (const q of queries) {
            const before = served.sent.length;
            const r = (await page.evaluate(`(${WARM_RUN})(${JSON.stringify(q)})`)) as { ms: number; results: number };
            await page.waitForLoadState('networkidle').catch(() => undefined);
            await settle(served);
            const fetched = sentSince(served, before);
            if (pass === 1) warm.push({ query: q, ms: r.ms, results: r.results, bytes: fetched.bytes, requests: fetched.requests });
            else repeat.push({ query: q, ms: r.ms });
          }
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const s = (xs: number[]) => stats(xs.map((v) => ({ v })));
  return {
    chromium: version,
    queries,
    cold,
    warm,
    repeat,
    summary: {
      firstCold: { query: cold[0].query, bytes: cold[0].bytes, requests: cold[0].requests, ms: cold[0].ms },
      coldMs: s(cold.map((c) => c.ms)),
      coldBytes: s(cold.map((c) => c.bytes)),
      coldRequests: s(cold.map((c) => c.requests)),
      warmMs: s(warm.map((w) => w.ms)),
      repeatMs: s(repeat.map((w) => w.ms)),
      queriesWithResults: cold.filter((c) => c.results > 0).length,
    },
  };
}
