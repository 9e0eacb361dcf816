/** From a build's timestamped log lines to its phases, per-page-type render times, and the summary of one run and of one side. */
import { plain, type Measured } from '../measure.ts';
import { pageType } from '../output.ts';
import type { BuildSide, RunSummary } from '../results.ts';

export const OUR_PHASES: [string, RegExp][] = [
  ['startup + content check', /\[atlas-check\] content check passed/],
  ['content sync (loaders)', /\[content\] Synced content/],
  ['types + build info', /Building static entrypoints/],
  ['bundle (Vite)', /generating static routes/],
  ['render pages', /✓ Completed in/],
  ['sitemap', /\[@astrojs\/sitemap\]/],
  ['pagefind', /Pagefind indexed/],
];
export const BARE_PHASES: [string, RegExp][] = [
  ['startup', /\[content\] Syncing content/],
  ['content sync (loaders)', /\[content\] Synced content/],
  ['types + build info', /Building static entrypoints/],
  ['bundle (Vite)', /generating static routes/],
  ['render pages', /✓ Completed in/],
  ['pagefind', /\[bare-pagefind\]/],
];

export function phaseTimes(lines: Measured['lines'], markers: [string, RegExp][], wallMs: number): Record<string, number> {
  const out: Record<string, number> = {};
  let from = 0;
  let last = 0;
  for (const [name, re] of markers) {
    let i = from;
    while (i < lines.length && !re.test(plain(lines[i].text))) i++;
    if (i >= lines.length) continue;
    out[name] = lines[i].t - last;
    last = lines[i].t;
    from = i + 1;
  }
  out['exit'] = wallMs - last;
  return out;
}

export function renderTimes(lines: Measured['lines']): Record<string, { pages: number; ms: number }> {
  const out: Record<string, { pages: number; ms: number }> = {};
  for (const { text } of lines) {
    const m = /[├└]─ (\/\S+) \(\+(\d+)ms\)/.exec(plain(text));
    if (!m) continue;
    const path = m[1];
    const type = /\.html$/.test(path) ? pageType(path.replace(/index\.html$/, '')) : 'data file';
    out[type] ??= { pages: 0, ms: 0 };
    out[type].pages++;
    out[type].ms += Number(m[2]);
  }
  return out;
}

export function summarize(
  m: Measured,
  rep: number,
  order: number,
  markers: [string, RegExp][],
  quiet: { waitedMs: number; busyShare: number },
): RunSummary {
  return {
    rep,
    order,
    quietWaitMs: quiet.waitedMs,
    busyShareAtStart: quiet.busyShare,
    foreignCpuS: m.foreignCpuS,
    treeCpuS: m.treeCpuS,
    exitCode: m.exitCode,
    wallMs: m.wallMs,
    maxRssKb: m.maxRssKb,
    peakTreeRssKb: m.peakTreeRssKb,
    userS: m.userS,
    sysS: m.sysS,
    phases: phaseTimes(m.lines, markers, m.wallMs),
    renderByType: renderTimes(m.lines),
    failure:
      m.exitCode === 0
        ? undefined
        : m.lines
            .slice(-25)
            .map((l) => plain(l.text))
            .join('\n'),
  };
}

export function side(runs: RunSummary[]): BuildSide {
  const ok = runs.filter((r) => r.exitCode === 0);
  const walls = ok.map((r) => r.wallMs).sort((a, b) => a - b);
  // The whole tree's CPU where sampled (results before 2026-12-02 14:30 UTC have only GNU time's, without Pagefind).
  const cpus = ok
    .filter((r) => r.treeCpuS !== undefined || r.userS !== undefined)
    .map((r) => r.treeCpuS ?? (r.userS ?? 0) + (r.sysS ?? 0))
    .sort((a, b) => a - b);
  return {
    cpuS: cpus.length ? cpus[Math.floor(cpus.length / 2)] : null,
    runs,
    wallMs: walls.length ? walls[Math.floor(walls.length / 2)] : null,
    peakTreeRssKb: runs.length ? Math.max(...runs.map((r) => r.peakTreeRssKb)) : null,
    maxRssKb: runs.some((r) => r.maxRssKb !== undefined) ? Math.max(...runs.map((r) => r.maxRssKb ?? 0)) : null,
    ok: ok.length === runs.length && runs.length > 0,
  };
}
