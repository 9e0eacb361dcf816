/** Formatting helpers shared by the report's sections. */
import { up, type BudgetRow } from '../budgets.ts';
import type { BuildSide, RunSummary } from '../results.ts';

export const n = (x: number) => x.toLocaleString('en-US');
export const mib = (k: number | null | undefined) => (k === null || k === undefined ? '—' : `${up(k / 1024, 0)} MiB`);
export const STATUS: Record<BudgetRow['status'], string> = { met: '✅ met', missed: '❌ **missed**', 'not measured': '⚪ not measured' };

export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The run whose wall time is the side's median. */
export function medianRun(side: BuildSide): RunSummary | undefined {
  return side.runs.find((r) => r.exitCode === 0 && r.wallMs === side.wallMs) ?? side.runs[0];
}

export const foreign = (x: RunSummary) => (x.foreignCpuS !== undefined ? ` (${up(x.foreignCpuS, 1)} s)` : '');
