/**
 * npm run bench:check — read bench-results/latest.json and exit 1 listing every
 * budget missed (or not measured: a budget nobody measured is not met).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBudgets } from './budgets.ts';
import type { BenchResults } from './results.ts';

const MAIN = resolve(fileURLToPath(new URL('../', import.meta.url)));
const file = join(MAIN, 'bench-results/latest.json');
if (!existsSync(file)) {
  console.error('bench-results/latest.json is missing: run npm run bench first');
  process.exit(1);
}
const bench = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
const rows = evaluateBudgets(bench);
const sizes = bench.results.map((r) => r.size.toLocaleString('en-US')).join(' / ');
console.log(`bench results of ${bench.date} (${bench.mode}, sizes ${sizes}${bench.status !== 'complete' ? ', INCOMPLETE' : ''})`);
let failed = 0;
for (const row of rows) {
  if (row.status === 'met') continue;
  failed++;
  const cells = row.cells.length
    ? row.cells
        .map(
          (c) =>
            `${c.size.toLocaleString('en-US')}: ${c.display}${c.status === 'missed' ? ` > ${c.limitDisplay}` : c.status === 'not measured' ? ' (not measured)' : ''}${c.note ? ` [${c.note}]` : ''}`,
        )
        .join('; ')
    : 'no data';
  console.log(`${row.status === 'missed' ? 'MISSED' : 'NOT MEASURED'}  ${row.label} (${row.limit}) — ${cells}`);
}
if (bench.status !== 'complete') {
  failed++;
  console.log('INCOMPLETE  the run that wrote latest.json did not finish');
}
console.log(failed ? `${failed} budget(s) not met` : `all ${rows.length} budgets met`);
process.exit(failed ? 1 : 0);
