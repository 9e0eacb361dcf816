/** The report's build sections: wall time, memory and CPU per side, and where the time goes (phases, page types, CPU profile). */
import { growthExponent, ms, sec, up } from '../budgets.ts';
import type { BenchResults } from '../results.ts';
import { foreign, medianRun, mib, n, table } from './format.ts';

export function buildSection(b: BenchResults): string {
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
        'CPU of the process tree (Pagefind included), ours / bare',
        "Every run (other processes' CPU during it)",
      ],
      rows,
    ),
    '',
    `Growth exponent (T ∝ N^b, smallest→largest size): ours ${go ? `**${up(go.exponent, 2)}** (${n(go.from)}→${n(go.to)})` : 'not measured'}, bare ${gb2 ? `${up(gb2.exponent, 2)}` : 'not measured'}.${pairs.length ? ` Between consecutive sizes: ${pairs.join('; ')}.` : ''}`,
  ].join('\n');
}

export function phasesSection(b: BenchResults): string {
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
