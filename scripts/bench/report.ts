/**
 * Render docs/benchmarks.md from bench-results/latest.json. run.ts calls this after
 * every size; `tsx scripts/bench/report.ts` re-renders by hand. The diagnosis is
 * kept in scripts/bench/notes.md (written by a person) and included verbatim.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBudgets, growthExponent, orderedTypes, gb, kb, ms, sec, up, type BudgetRow } from './budgets.ts';
import type { BenchResults, BuildSide, RunSummary, SizeResult } from './results.ts';

const MAIN = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const n = (x: number) => x.toLocaleString('en-US');
const mib = (k: number | null | undefined) => (k === null || k === undefined ? '—' : `${up(k / 1024, 0)} MiB`);
const STATUS: Record<BudgetRow['status'], string> = { met: '✅ met', missed: '❌ **missed**', 'not measured': '⚪ not measured' };

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The run whose wall time is the side's median. */
function medianRun(side: BuildSide): RunSummary | undefined {
  return side.runs.find((r) => r.exitCode === 0 && r.wallMs === side.wallMs) ?? side.runs[0];
}

function sizesLine(b: BenchResults): string {
  const done = b.results.filter((r) => r.output || r.build.ours.runs.length).map((r) => n(r.size));
  const planned = b.sizes.map(n);
  const missing = b.sizes.filter((s) => !b.results.some((r) => r.size === s && r.output)).map(n);
  const full = [1000, 4000, 10000].filter((s) => !b.sizes.includes(s)).map(n);
  return [
    `**Sizes run:** ${done.join(' / ') || 'none'} entries (${b.mode} mode; planned ${planned.join(' / ')}; ${b.reps} build repetition(s) per side per size).`,
    missing.length
      ? `**Not completed:** ${missing.join(' / ')} entries${b.status === 'running' ? ' (the run was still in progress or was interrupted when this file was written)' : ''}.`
      : '',
    full.length ? `**Not run at all:** ${full.join(' / ')} entries — budgets that need them show as *not measured*.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function budgetsSection(b: BenchResults, rows: BudgetRow[]): string {
  const sizes = b.results.map((r) => r.size);
  const body = rows.map((row) => {
    const cells = sizes.map((s) => {
      const c = row.cells.find((x) => x.size === s);
      if (!c) return '';
      const mark = c.status === 'met' ? '✅' : c.status === 'missed' ? '❌' : '⚪';
      return `${c.display} ${mark}${c.note && row.id.startsWith('html-max') ? `<br><sub>${c.note}</sub>` : ''}`;
    });
    return [row.label, row.limit, ...cells, STATUS[row.status]];
  });
  return table(['Budget', 'Limit', ...sizes.map((s) => `${n(s)} entries`), 'Status'], body);
}

const foreign = (x: RunSummary) => (x.foreignCpuS !== undefined ? ` (${up(x.foreignCpuS, 1)} s)` : '');

function buildSection(b: BenchResults): string {
  const rows = b.results.map((r) => {
    const o = r.build.ours;
    const a = r.build.bare;
    return [
      n(r.size),
      r.output ? n(r.output.pages) : '—',
      o.wallMs !== null ? sec(o.wallMs) : o.runs.length ? 'failed' : '—',
      a.wallMs !== null ? sec(a.wallMs) : a.runs.length ? 'failed' : '—',
      r.build.ratio !== null ? `${up(r.build.ratio, 2)}×` : '—',
      mib(o.peakTreeRssKb),
      mib(o.maxRssKb),
      mib(a.peakTreeRssKb),
      o.cpuS !== null && a.cpuS !== null
        ? `${up(o.cpuS, 1)} s / ${up(a.cpuS, 1)} s = ${r.build.cpuRatio !== null ? up(r.build.cpuRatio, 2) : '—'}×`
        : '—',
      [...o.runs.map((x) => `ours ${sec(x.wallMs)}${foreign(x)}`), ...a.runs.map((x) => `bare ${sec(x.wallMs)}${foreign(x)}`)].join(', '),
    ];
  });
  const go = growthExponent(b.results, 'ours');
  const gb2 = growthExponent(b.results, 'bare');
  const pairs: string[] = [];
  for (let i = 1; i < b.results.length; i++) {
    const a = b.results[i - 1];
    const c = b.results[i];
    if (a.build.ours.wallMs && c.build.ours.wallMs)
      pairs.push(
        `${n(a.size)}→${n(c.size)}: ours ${up(Math.log(c.build.ours.wallMs / a.build.ours.wallMs) / Math.log(c.size / a.size), 2)}${a.build.bare.wallMs && c.build.bare.wallMs ? `, bare ${up(Math.log(c.build.bare.wallMs / a.build.bare.wallMs) / Math.log(c.size / a.size), 2)}` : ''}`,
      );
  }
  return [
    table(
      [
        'Entries',
        'Pages (ours)',
        'Ours, wall (median)',
        'Bare, wall (median)',
        'Ratio',
        'Ours, peak memory (process tree)',
        'Ours, largest single process',
        'Bare, peak memory (tree)',
        'CPU user+sys, ours / bare',
        "Every run (other processes' CPU during it)",
      ],
      rows,
    ),
    '',
    `Growth exponent (T ∝ N^b, smallest→largest size): ours ${go ? `**${up(go.exponent, 2)}** (${n(go.from)}→${n(go.to)})` : 'not measured'}, bare ${gb2 ? `${up(gb2.exponent, 2)}` : 'not measured'}.${pairs.length ? ` Between consecutive sizes: ${pairs.join('; ')}.` : ''}`,
  ].join('\n');
}

function phasesSection(b: BenchResults): string {
  const out: string[] = [];
  const names = new Set<string>();
  for (const r of b.results) for (const s of [r.build.ours, r.build.bare]) for (const k of Object.keys(medianRun(s)?.phases ?? {})) names.add(k);
  const order = [
    'startup',
    'startup + content check',
    'content sync (loaders)',
    'types + build info',
    'bundle (Vite)',
    'render pages',
    'sitemap',
    'pagefind',
    'exit',
  ].filter((k) => names.has(k));
  const head = ['Phase', ...b.results.flatMap((r) => [`ours ${n(r.size)}`, `bare ${n(r.size)}`])];
  const rows = order.map((p) => [
    p,
    ...b.results.flatMap((r) =>
      [r.build.ours, r.build.bare].map((s) => {
        const v = medianRun(s)?.phases[p];
        return v === undefined ? '—' : sec(v);
      }),
    ),
  ]);
  out.push(table(head, rows));
  out.push(
    '',
    'Phases are cut at log lines (check passed, Synced content, Building static entrypoints, generating static routes, Completed, sitemap, Pagefind indexed), timed to the millisecond as the lines arrive; "startup + content check" includes loading the Astro config. The run shown is the one with the median wall time.',
  );
  // Render time by type
  const types = new Set<string>();
  for (const r of b.results) for (const k of Object.keys(medianRun(r.build.ours)?.renderByType ?? {})) types.add(k);
  if (types.size) {
    out.push('', '#### Render time by page type (ours; sum of Astro\'s per-page "+N ms")', '');
    out.push(
      table(
        ['Page type', ...b.results.map((r) => `${n(r.size)}: pages · total · per page`)],
        [...types].sort().map((t) => [
          t,
          ...b.results.map((r) => {
            const x = medianRun(r.build.ours)?.renderByType?.[t];
            return x ? `${n(x.pages)} · ${sec(x.ms)} · ${up(x.ms / x.pages, 1)} ms` : '—';
          }),
        ]),
      ),
    );
  }
  const prof = [...b.results].reverse().find((r) => r.profile);
  if (prof?.profile) {
    const p = prof.profile;
    out.push(
      '',
      `#### CPU profile of our build at ${n(prof.size)} entries (node --cpu-prof, main process; one extra build, ${sec(p.wallMs)} wall under the profiler)`,
      '',
    );
    out.push(
      'Self time by where the code lives (Pagefind\'s indexer is a separate native process: while it works, Node shows as "(idle)" or "(program)"):',
      '',
    );
    out.push(
      table(
        ['Code', 'Self time', 'Share'],
        p.buckets.map((x) => [x.name, sec(x.ms), `${up(x.share * 100, 1)}%`]),
      ),
    );
    out.push('', 'Hottest functions (self time):', '');
    out.push(
      table(
        ['Function', 'Where', 'Self time', 'Share'],
        p.functions.map((f) => [`\`${f.name}\``, f.where, sec(f.ms), `${up(f.share * 100, 1)}%`]),
      ),
    );
  }
  out.push('', '#### Content check, run in-process on the same corpus (what the build runs first)', '');
  const rules = [...new Set(b.results.flatMap((r) => Object.keys(r.corpus.checkProfile)))];
  out.push(
    table(
      ['Step', ...b.results.map((r) => n(r.size))],
      [
        ...rules.map((k) => [k, ...b.results.map((r) => (r.corpus.checkProfile[k] !== undefined ? ms(r.corpus.checkProfile[k]) : '—'))]),
        ['**total**', ...b.results.map((r) => `**${ms(r.corpus.checkMs)}**`)],
      ],
    ),
  );
  return out.join('\n');
}

function corpusSection(b: BenchResults): string {
  const keys = Object.keys(b.results[0]?.corpus.counts ?? {});
  const rows = keys.map((k) => [k, ...b.results.map((r) => n(r.corpus.counts[k as keyof typeof r.corpus.counts]))]);
  rows.push(['files · bytes', ...b.results.map((r) => `${n(r.corpus.files)} · ${kb(r.corpus.bytes, 0)}`)]);
  rows.push(['busiest subject (claims)', ...b.results.map((r) => `${r.corpus.hubs.subject[0]} (${r.corpus.hubs.subject[1]})`)]);
  rows.push(['busiest measure (claims)', ...b.results.map((r) => `${r.corpus.hubs.measure[0]} (${r.corpus.hubs.measure[1]})`)]);
  rows.push(['busiest source (claims)', ...b.results.map((r) => `${r.corpus.hubs.source[0]} (${r.corpus.hubs.source[1]})`)]);
  return table(['Collection', ...b.results.map((r) => `${n(r.size)} entries`)], rows);
}

function htmlSection(r: SizeResult): string {
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

function assetsSection(b: BenchResults): string {
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

function pagefindSection(b: BenchResults): string {
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

function searchSection(b: BenchResults): string {
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
    '',
    `Cold bytes of the first query at ${n(last.size)} entries by kind: ${kinds.map((k) => `${k} ${kb(first.bytesByKind[k] ?? 0)} (${first.requestsByKind[k] ?? 0} req)`).join(', ')}.`,
    '',
    `Timeline of the first cold query ("${first.query}") at ${n(last.size)} entries, ms from navigation start (Resource Timing):`,
    '',
    timelineTable,
    '',
    `#### Every query at ${n(last.size)} entries`,
    '',
    table(['Query', 'Results (shown ≤ 20)', 'Cold latency', 'Cold bytes', 'Cold requests', 'Warm latency (pass 1)', 'Warm fetched'], detail),
  ].join('\n');
}

export function renderReport(b: BenchResults): string {
  const rows = evaluateBudgets(b);
  const missed = rows.filter((r) => r.status === 'missed');
  const unmeasured = rows.filter((r) => r.status === 'not measured');
  const notesPath = join(MAIN, 'scripts/bench/notes.md');
  const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8').trim() : '_No diagnosis written yet (scripts/bench/notes.md)._';
  const m = b.machine;
  return `# Benchmarks: build scaling, bytes per page, bytes and time per search

<!-- Generated by scripts/bench/run.ts from bench-results/latest.json. Do not edit by hand:
     re-render with \`tsx scripts/bench/report.ts\`; the diagnosis lives in scripts/bench/notes.md. -->

Run on ${b.date.slice(0, 16).replace('T', ' ')} UTC${b.status === 'running' ? ' — **incomplete: the run had not finished when this file was written**' : ''}.

${sizesLine(b)}

**Budgets:** ${rows.length - missed.length - unmeasured.length} met, ${missed.length} missed${missed.length ? ` (${missed.map((r) => r.id).join(', ')})` : ''}, ${unmeasured.length} not measured${unmeasured.length ? ` (${unmeasured.map((r) => r.id).join(', ')})` : ''}. \`npm run bench:check\` exits 1 while any budget is missed or not measured.

## How to run

- \`npm run bench\` — sizes 1,000 / 4,000 / 10,000 entries (10–15 minutes on two cores); \`npm run bench -- --quick\` — 300 / 1,000 (about 4 minutes).
- Options: \`--sizes 1000,4000\`, \`--reps 2\` (builds per side per size, alternating bare→ours, ours→bare), \`--seed N\`, \`--tmp <dir>\`, \`--keep\` (keep the temp projects), \`--no-search\`, \`--no-profile\` (skip the extra CPU-profiled build at the largest size), \`--no-warmup\`. Before every build and every cold query the runner waits (up to 3 min) until other processes use < 20% of the CPUs, and it records the CPU time other processes used during each build.
- \`npm run bench:check\` — reads bench-results/latest.json and exits 1 listing every budget missed.
- Generate a corpus alone: \`tsx scripts/bench/corpus.ts --size 1000 --out /tmp/corpus\` (checks it with our checker).

## Machine

${table(['CPUs', 'Memory', 'OS', 'Node', 'Astro', '@astrojs/mdx', 'Pagefind', 'Chromium', 'GNU time'], [[`${m.cpus} × ${m.cpuModel}`, gb(m.memoryBytes), m.os, m.node, m.astro, m.mdx, m.pagefind, m.chromium ?? '—', m.gnuTime ? 'yes' : 'no (wall time only)']])}

## Budgets

Judged on raw values; displayed values are rounded **up**. 1 KB = 1,000 bytes, 1 GB = 10⁹ bytes. A budget counts as met only if it is met at every size that was run.

${budgetsSection(b, rows)}

## Build time and memory

Ours = \`astro build\` of this project (checker, MDX, tables, citations, sitemap, Pagefind integration). Bare = a minimal Astro 7 project over the same corpus (one plain page per entry, \`file()\`/\`glob()\` loaders, no schemas, no integrations) followed by Pagefind's Node API over its dist/. Each build starts from a clean cache (dist/, .astro/, node_modules/.astro, node_modules/.vite removed). Peak memory: a /proc sampler (every 100 ms) sums RSS over the build's whole process tree (Node and the Pagefind binary); "largest single process" is GNU time's maximum RSS.

${buildSection(b)}

### Where the time goes

${phasesSection(b)}

## Corpus

Synthetic (scripts/bench/corpus.ts, seed ${b.seed}), split like the real site: 45% claims, 10% cases (MDX, Chinese prose with \`<Claim id>\`), 12% events, 11% terms, 8% sources, 6% measures, 4% platforms, 3% models, 1% disagreements. Claim subjects, measures and sources are drawn with Zipf-like skew (the real site has 105 of 262 claims on 视频号), so hub pages grow with the corpus. Every corpus passes our checker with 0 errors and 0 warnings.

${corpusSection(b)}

## HTML bytes per page (ours)

gzip at zlib's default level 6. Percentiles are nearest-rank; the median of an even count is the upper middle. "list" = every non-entry page (home, indexes, /claims/ pagination, timeline, compare, search …).

${b.results.map(htmlSection).join('\n\n')}

## JavaScript and CSS a page loads (ours)

${assetsSection(b)}

## Pagefind index (ours)

${pagefindSection(b)}

## Search (ours, headless Chromium)

Served from dist/ by a node:http server on 127.0.0.1 (gzip for HTML/JS/CSS/JSON like GitHub Pages; Pagefind's files are already compressed), so latency is almost all CPU: parsing, WebAssembly, decompression and rendering, with no network delay. **Cold**: fresh browser context per query, opening \`/search/?q=…\`; latency = navigation start → first frame after \`#status\` reports the outcome (results are in \`#results\` by then); bytes = everything received (CDP \`encodedDataLength\`, headers included, document included) until the network is idle, so it includes the ≤ 20 result fragments the page loads. **Warm**: in the first query's page, each query is set in \`#q\` and the form submitted; pass 1 may still fetch index chunks and fragments for new words; **repeat** = pass 2, everything loaded. Queries: scripts/bench/queries.json.

${searchSection(b)}

## Diagnosis

${notes}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bench = JSON.parse(readFileSync(join(MAIN, 'bench-results/latest.json'), 'utf8')) as BenchResults;
  writeFileSync(join(MAIN, 'docs/benchmarks.md'), renderReport(bench));
  console.log('wrote docs/benchmarks.md');
}
