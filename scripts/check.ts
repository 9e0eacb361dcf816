/**
 * npm run check — validate every entry and cross-reference, print ALL problems with
 * file:line:column, field, what is wrong and how to fix it (中文 and English), and
 * exit non-zero on any error. Fast: no Astro build.
 *   --json            print problems as JSON (for editors and tools)
 *   --format github   print each problem as a GitHub workflow command, so it lands on the
 *                     changed line of a pull request's diff
 *   --root DIR        check another folder (tests use fixtures this way)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject } from '../src/lib/check/integrity/index.ts';
import { formatGithub, formatProblem, summarize } from '../src/lib/check/problems.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, format: { type: 'string' }, root: { type: 'string' } } });
const root = resolve(values.root ?? '.');
const started = performance.now();
const { corpus, problems } = checkProject(root);

if (values.json) {
  console.log(JSON.stringify(problems, null, 2));
} else if (values.format === 'github') {
  for (const p of problems) console.log(formatGithub(p));
  console.log(summarize(problems));
} else {
  for (const p of problems) console.log(formatProblem(p) + '\n');
  const counts = Object.entries(corpus)
    .map(([name, entries]) => `${name} ${entries.length}`)
    .join(', ');
  console.log(`检查了 checked: ${counts} (${Math.round(performance.now() - started)} ms)`);
  console.log(summarize(problems));
}
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
