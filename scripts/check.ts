/**
 * npm run check — validate every entry and cross-reference, print ALL problems with
 * file:line:column, field, what is wrong and how to fix it (中文 and English), and
 * exit non-zero on any error. Fast: no Astro build.
 *   --json   print problems as JSON (for editors and tools)
 *   --root   check another folder (tests use fixtures this way)
 */
import { resolve } from 'node:path';
import { checkProject } from '../src/lib/integrity/index.ts';
import { formatProblem, summarize } from '../src/lib/problems.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = resolve(rootIndex === -1 ? '.' : args[rootIndex + 1]);
const started = performance.now();
const { corpus, problems } = checkProject(root);

if (args.includes('--json')) {
  console.log(JSON.stringify(problems, null, 2));
} else {
  for (const p of problems) console.log(formatProblem(p) + '\n');
  const counts = Object.entries(corpus)
    .map(([name, entries]) => `${name} ${entries.length}`)
    .join(', ');
  console.log(`检查了 checked: ${counts} (${Math.round(performance.now() - started)} ms)`);
  console.log(summarize(problems));
}
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
