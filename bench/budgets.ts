/**
 * The performance budgets and how each is judged: the one definition, read by the
 * bench (bench:check, the report) and by the built-site test of the real site
 * (tests/built/budgets.test.ts). Comparisons use raw measured values; displayed
 * values are rounded UP (costs never look smaller than they were).
 * 1 KB = 1024 bytes (and 1 GB = 1024³): the 14 KB budget is the first round trip,
 * TCP's initial window of ten 1,460-byte segments (14.3 KiB), and the real site's
 * test has always read KB so. gzip is zlib's default level 6, what hosts serve.
 */
import { gzipSync } from 'node:zlib';
import type { BenchResults, SizeResult } from './results.ts';

export const KB = 1024;
export const GB = 1024 ** 3;

/** Bytes a static host sends for `body`: gzip at zlib's default level. */
export const gzipBytes = (body: string | Buffer) => gzipSync(body, { level: 6 }).length;

/** Per-page limits, gzip bytes: readers are on phones inside WeChat, so a page should arrive in the first round trips. */
export const PAGE_BUDGET = {
  htmlMedian: 8 * KB,
  htmlMax: 14 * KB,
  /** Case, claim, platform and model pages: no JavaScript, or small enhancements. */
  jsMax: 3 * KB,
  cssMax: 12 * KB,
} as const;

/** Our build's wall time ÷ the bare baseline's, median of the repetitions, at every size. */
export const BUILD_RATIO_MAX = 1.5;
export const COLD_MS_MEDIAN_MAX = 300;
export const WARM_MS_MEDIAN_MAX = 100;

export type Status = 'met' | 'missed' | 'not measured';

export interface BudgetCell {
  size: number;
  measured: number | null;
  display: string;
  limit: number;
  limitDisplay: string;
  status: Status;
  note?: string;
}

export interface BudgetRow {
  id: string;
  label: string;
  limit: string;
  cells: BudgetCell[];
  status: Status;
}

/** Round up to `digits` decimals (for display of costs). */
export function up(x: number, digits = 1): string {
  const f = Math.pow(10, digits);
  return (Math.ceil(x * f - 1e-9) / f).toFixed(digits);
}
export const kb = (bytes: number, digits = 1) => `${up(bytes / KB, digits)} KB`;
export const gb = (bytes: number) => `${up(bytes / GB, 2)} GB`;
export const ms = (x: number) => `${Math.ceil(x)} ms`;
export const sec = (x: number) => `${up(x / 1000, 1)} s`;

/** Exponent b in T ∝ N^b between the smallest and largest size with a successful build. */
export function growthExponent(results: SizeResult[], side: 'ours' | 'bare'): { from: number; to: number; exponent: number } | null {
  const ok = results.filter((r) => r.build[side].ok && r.build[side].wallMs);
  if (ok.length < 2) return null;
  const a = ok[0];
  const b = ok[ok.length - 1];
  return { from: a.size, to: b.size, exponent: Math.log(b.build[side].wallMs! / a.build[side].wallMs!) / Math.log(b.size / a.size) };
}

/** Cold-search byte budget: 150 KB at ≤1k entries, 300 KB at ≥10k, log-interpolated between. */
export function coldBytesLimit(size: number): { limit: number; note?: string } {
  if (size <= 1000) return { limit: 150 * KB };
  if (size >= 10_000) return { limit: 300 * KB };
  // Rounded down to 100 bytes: an interpolated limit never leans our way.
  const limit = Math.floor((150 * KB * Math.pow(2, Math.log10(size / 1000))) / 100) * 100;
  return { limit, note: 'log-interpolated between the 1k and 10k budgets' };
}

/** Page types in report order; any other type found in the output follows. */
export const TYPE_ORDER = ['case', 'claim', 'platform', 'model', 'measure', 'source', 'term', 'event', 'list'];
export function orderedTypes(types: Iterable<string>): string[] {
  const all = [...new Set(types)];
  return [...TYPE_ORDER.filter((t) => all.includes(t)), ...all.filter((t) => !TYPE_ORDER.includes(t)).sort()];
}
const JS_TYPES = ['case', 'claim', 'platform', 'model'];

function rowStatus(cells: BudgetCell[]): Status {
  if (cells.some((c) => c.status === 'missed')) return 'missed';
  if (!cells.length || cells.every((c) => c.status === 'not measured')) return 'not measured';
  if (cells.some((c) => c.status === 'not measured')) return 'not measured';
  return 'met';
}

function cell(size: number, measured: number | null | undefined, limit: number, fmt: (x: number) => string, note?: string): BudgetCell {
  const m = measured ?? null;
  return {
    size,
    measured: m,
    display: m === null || Number.isNaN(m) ? '—' : fmt(m),
    limit,
    limitDisplay: fmt(limit),
    status: m === null || Number.isNaN(m) ? 'not measured' : m <= limit ? 'met' : 'missed',
    note,
  };
}

export function evaluateBudgets(bench: BenchResults): BudgetRow[] {
  const rs = bench.results;
  const rows: BudgetRow[] = [];
  const perSize = (id: string, label: string, limit: string, f: (r: SizeResult) => BudgetCell) => {
    const cells = rs.map(f);
    rows.push({ id, label, limit, cells, status: rowStatus(cells) });
  };

  perSize('build-ratio', 'Build time, ours ÷ bare baseline (median wall time)', `≤ ${BUILD_RATIO_MAX}×`, (r) =>
    cell(r.size, r.build.ratio, BUILD_RATIO_MAX, (x) => `${up(x, 2)}×`),
  );

  const g = growthExponent(rs, 'ours');
  const gCells = g ? [cell(g.to, g.exponent, 1.0, (x) => up(x, 2), `log(T${g.to}/T${g.from}) / log(${g.to}/${g.from})`)] : [];
  rows.push({ id: 'growth-exponent', label: 'Build-time growth exponent (ours)', limit: '≤ 1.0', cells: gCells, status: rowStatus(gCells) });

  const tenK = rs.find((r) => r.size === 10_000);
  const memCells = [
    cell(
      10_000,
      tenK && tenK.build.ours.peakTreeRssKb !== null ? tenK.build.ours.peakTreeRssKb * 1024 : null,
      5 * GB,
      gb,
      'peak RSS of the whole build process tree',
    ),
  ];
  rows.push({ id: 'memory-10k', label: 'Peak memory of our 10,000-entry build', limit: '≤ 5 GB', cells: memCells, status: rowStatus(memCells) });

  for (const t of orderedTypes(rs.flatMap((r) => Object.keys(r.output?.byType ?? {})))) {
    perSize(`html-median-${t}`, `HTML per ${t} page, gzip, median`, `≤ ${kb(PAGE_BUDGET.htmlMedian, 0)}`, (r) =>
      cell(r.size, r.output?.byType[t]?.htmlGzip.median, PAGE_BUDGET.htmlMedian, (x) => kb(x)),
    );
    perSize(`html-max-${t}`, `HTML per ${t} page, gzip, max`, `≤ ${kb(PAGE_BUDGET.htmlMax, 0)}`, (r) =>
      cell(r.size, r.output?.byType[t]?.htmlGzip.max, PAGE_BUDGET.htmlMax, (x) => kb(x), r.output?.byType[t]?.htmlGzip.maxPath),
    );
  }
  for (const t of JS_TYPES) {
    perSize(`js-${t}`, `JavaScript a ${t} page loads, gzip, max`, `0, or small enhancements ≤ ${kb(PAGE_BUDGET.jsMax, 0)}`, (r) =>
      cell(r.size, r.output?.byType[t]?.jsGzip.max, PAGE_BUDGET.jsMax, (x) => kb(x, 2), r.output?.byType[t]?.jsGzip.maxPath),
    );
  }
  perSize('css', 'CSS any page loads, gzip, max', `≤ ${kb(PAGE_BUDGET.cssMax, 0)}`, (r) => {
    const all = r.output ? Object.values(r.output.byType).map((s) => s.cssGzip.max) : [];
    return cell(r.size, all.length ? Math.max(...all) : null, PAGE_BUDGET.cssMax, (x) => kb(x, 2));
  });
  perSize('search-cold-bytes', 'Cold search: bytes fetched (worst query of the list, document included)', '≤ 150 KB at 1k, ≤ 300 KB at 10k', (r) => {
    const { limit, note } = coldBytesLimit(r.size);
    return cell(r.size, r.search?.summary.coldBytes.max, limit, (x) => kb(x), note);
  });
  perSize('search-cold-ms', 'Cold search latency, median', `≤ ${COLD_MS_MEDIAN_MAX} ms`, (r) =>
    cell(r.size, r.search?.summary.coldMs.median, COLD_MS_MEDIAN_MAX, ms),
  );
  perSize('search-warm-ms', 'Warm search latency, median', `≤ ${WARM_MS_MEDIAN_MAX} ms`, (r) =>
    cell(r.size, r.search?.summary.warmMs.median, WARM_MS_MEDIAN_MAX, ms),
  );
  return rows;
}
