/** The report's output sections: the corpus, HTML bytes per page, the JavaScript and CSS a page loads, the Pagefind index, and search in Chromium. */
import { kb, ms, orderedTypes, up } from '../budgets.ts';
import type { BenchResults, SizeResult } from '../results.ts';
import { n, table } from './format.ts';

export function corpusSection(b: BenchResults): string {
  const keys = Object.keys(b.results[0]?.corpus.counts ?? {});
  const rows = keys.map((k) => [k, ...b.results.map((r) => n(r.corpus.counts[k as keyof typeof r.corpus.counts]))]);
  rows.push(['files · bytes', ...b.results.map((r) => `${n(r.corpus.files)} · ${kb(r.corpus.bytes, 0)}`)]);
  rows.push(['busiest subject (claims)', ...b.results.map((r) => `${r.corpus.hubs.subject[0]} (${r.corpus.hubs.subject[1]})`)]);
  rows.push(['busiest measure (claims)', ...b.results.map((r) => `${r.corpus.hubs.measure[0]} (${r.corpus.hubs.measure[1]})`)]);
  rows.push(['busiest source (claims)', ...b.results.map((r) => `${r.corpus.hubs.source[0]} (${r.corpus.hubs.source[1]})`)]);
  return table(['Collection', ...b.results.map((r) => `${n(r.size)} entries`)], rows);
}

export function htmlSection(r: SizeResult): string {
  if (!r.output) return `_${n(r.size)} entries: no output figures (build failed or did not run)._`;
  const rows = orderedTypes(Object.keys(r.output.byType)).map((t) => {
    const s = r.output!.byType[t];
    return [
      t,
      n(s.html.n),
      kb(s.html.median),
      kb(s.html.p95),
      kb(s.html.max),
      kb(s.htmlGzip.median),
      kb(s.htmlGzip.p95),
      kb(s.htmlGzip.max),
      `\`${s.htmlGzip.maxPath ?? ''}\``,
    ];
  });
  return [
    `**${n(r.size)} entries** — ${n(r.output.pages)} HTML pages, ${kb(r.output.htmlBytesTotal, 0)} of HTML, dist ${kb(r.output.distBytesTotal, 0)}${r.bareOutput ? `; bare baseline: ${n(r.bareOutput.pages)} pages${r.bareOutput.htmlBytesTotal ? `, ${kb(r.bareOutput.htmlBytesTotal, 0)} of HTML` : ''}, gzip median ${kb(r.bareOutput.htmlGzipMedian)}` : ''}.`,
    '',
    table(['Page type', 'Pages', 'Raw median', 'Raw p95', 'Raw max', 'Gzip median', 'Gzip p95', 'Gzip max', 'Largest (gzip)'], rows),
  ].join('\n');
}

export function assetsSection(b: BenchResults): string {
  const rows: string[][] = [];
  for (const r of b.results) {
    if (!r.output) continue;
    for (const t of orderedTypes(Object.keys(r.output.byType))) {
      const s = r.output.byType[t];
      if (!s) continue;
      rows.push([
        n(r.size),
        t,
        `${kb(s.jsGzip.median, 2)} / ${kb(s.jsGzip.max, 2)}`,
        `${kb(s.jsRaw.median, 2)} / ${kb(s.jsRaw.max, 2)}`,
        `\`${s.jsGzip.max > 0 ? s.jsGzip.maxPath : '—'}\``,
        `${kb(s.cssGzip.median, 2)} / ${kb(s.cssGzip.max, 2)}`,
        `${kb(s.cssRaw.median, 2)} / ${kb(s.cssRaw.max, 2)}`,
      ]);
    }
  }
  return [
    table(
      ['Entries', 'Page type', 'JS gzip median / max', 'JS raw median / max', 'Page with most JS', 'CSS gzip median / max', 'CSS raw median / max'],
      rows,
    ),
    '',
    'Counted per page: inline `<script>` (executable types only; JSON-LD would be reported apart) and `<style>`, plus same-site files referenced by `<script src>`, `<link rel=modulepreload>`, `<link rel=stylesheet>` and their static imports; inline code is gzipped on its own, as its share of the page. Dynamic `import()` (Pagefind on /search/) is not counted here; it is in the search figures.',
  ].join('\n');
}

export function pagefindSection(b: BenchResults): string {
  const rows = b.results
    .filter((r) => r.output)
    .map((r) => {
      const p = r.output!.pagefind;
      const part = (k: string) => (p.parts[k] ? `${kb(p.parts[k].bytes, 0)} (${n(p.parts[k].files)})` : '—');
      return [
        n(r.size),
        kb(p.bytes, 0),
        n(p.files),
        n(p.indexedPages),
        kb(p.bytesPerIndexedPage, 2),
        part('fragment'),
        part('index'),
        part('filter'),
        part('wasm'),
        part('ui+js'),
        r.bareOutput ? `${kb(r.bareOutput.pagefindBytes, 0)} / ${n(r.bareOutput.indexedPages)} pages` : '—',
      ];
    });
  return table(
    [
      'Entries',
      'Pagefind total',
      'Files',
      'Indexed pages',
      'Per indexed page',
      'fragment/ (files)',
      'index/ (files)',
      'filter/ (files)',
      'wasm',
      'JS, CSS (UI)',
      'Bare baseline total',
    ],
    rows,
  );
}

export function searchSection(b: BenchResults): string {
  const withSearch = b.results.filter((r) => r.search);
  if (!withSearch.length) return '_Search was not measured in this run._';
  const rows = withSearch.map((r) => {
    const s = r.search!.summary;
    return [
      n(r.size),
      `${kb(s.firstCold.bytes)} · ${s.firstCold.requests} req · ${ms(s.firstCold.ms)}`,
      `${kb(s.coldBytes.median)} / ${kb(s.coldBytes.max)}`,
      `${s.coldRequests.median} / ${s.coldRequests.max}`,
      `${ms(s.coldMs.median)} / ${ms(s.coldMs.p95)}`,
      `${ms(s.warmMs.median)} / ${ms(s.warmMs.p95)}`,
      `${ms(s.repeatMs.median)} / ${ms(s.repeatMs.p95)}`,
      `${s.queriesWithResults} of ${r.search!.queries.length}`,
    ];
  });
  const last = withSearch[withSearch.length - 1];
  const kinds = [...new Set(last.search!.cold.flatMap((c) => Object.keys(c.bytesByKind)))].sort();
  const first = last.search!.cold[0];
  const detail = last.search!.cold.map((c, i) => {
    const w = last.search!.warm[i];
    return [
      c.query,
      String(c.results),
      ms(c.ms),
      // Answers (claims a subject + measure question names) show before Pagefind's results.
      c.timeline['page: answers-shown'] ? (c.timeline['page: shown'] ? ms(c.timeline['page: shown'].start) : '—') : 'same',
      kb(c.bytes),
      String(c.requests),
      w ? ms(w.ms) : '—',
      w ? `${kb(w.bytes)} · ${w.requests} req` : '—',
    ];
  });
  const tl = first.timeline ?? {};
  const tlOrder = ['document', 'DOMContentLoaded', 'pagefind', 't2s', 'filter', 'index', 'fragment', 'other'].filter((k) => tl[k]);
  const timelineTable = tlOrder.length
    ? table(
        ['Request kind', 'Requests', 'First started', 'Last finished'],
        [...tlOrder.map((k) => [k, String(tl[k].n), ms(tl[k].start), ms(tl[k].end)]), ['results rendered', '', '', ms(first.ms)]],
      )
    : '';
  const bareRows = withSearch
    .filter((r) => r.bareSearch)
    .map((r) => {
      const ours = r.search!.summary;
      const bare = r.bareSearch!.summary;
      return [
        n(r.size),
        `${ms(ours.coldMs.median)} / ${kb(ours.coldBytes.max)}`,
        `${ms(bare.coldMs.median)} / ${kb(bare.coldBytes.max)}`,
        `${up(ours.coldMs.median / bare.coldMs.median, 2)}×`,
        `${bare.queriesWithResults} of ${r.bareSearch!.queries.length}`,
      ];
    });
  const bareTable = bareRows.length
    ? [
        '',
        "Cold search against the baseline's page (Pagefind's API with its defaults, the first ten results' excerpts), measured the same way in the same run:",
        '',
        table(
          [
            'Entries',
            'Ours: cold median / max bytes',
            'Baseline: cold median / max bytes',
            'Ours ÷ baseline (median)',
            'Baseline queries with results',
          ],
          bareRows,
        ),
      ].join('\n')
    : '';
  return [
    table(
      [
        'Entries',
        'First cold query: bytes · requests · latency',
        'Cold bytes median / max',
        'Cold requests median / max',
        'Cold latency median / p95',
        'Warm latency median / p95',
        'Repeat latency median / p95',
        'Queries with results',
      ],
      rows,
    ),
    bareTable,
    '',
    `Cold bytes of the first query at ${n(last.size)} entries by kind: ${kinds.map((k) => `${k} ${kb(first.bytesByKind[k] ?? 0)} (${first.requestsByKind[k] ?? 0} req)`).join(', ')}.`,
    '',
    `Timeline of the first cold query ("${first.query}") at ${n(last.size)} entries, ms from navigation start (Resource Timing):`,
    '',
    timelineTable,
    '',
    `#### Every query at ${n(last.size)} entries`,
    '',
    table(
      [
        'Query',
        'Results (shown ≤ 20)',
        'Cold latency (first results shown)',
        'Cold: full-text results shown',
        'Cold bytes',
        'Cold requests',
        'Warm latency (pass 1)',
        'Warm fetched',
      ],
      detail,
    ),
  ].join('\n');
}
