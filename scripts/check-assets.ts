/**
 * npm run check:assets — check every image and SVG under public/ and content/:
 * size limit, real type matches the extension, and SVGs contain nothing that can
 * run or fetch (<script>, on* attributes, javascript: URLs, <foreignObject>,
 * external references, DTD declarations, broken XML). Prints each problem with
 * file, what and fix (中文 and English) and exits 1 when there is any. The checks are
 * in src/lib/check/assets.ts.
 *   --max-kb N   size limit in KB (default 300)
 *   --json       print problems as JSON
 *   --root DIR   check another folder
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAsset, DEFAULT_MAX_BYTES } from '../src/lib/check/assets.ts';
import { formatProblem, sortProblems, summarize, type Problem } from '../src/lib/check/problems.ts';

const FOLDERS = ['public', 'content'];

const USAGE = 'usage: npm run check:assets -- [--max-kb N] [--json] [--root DIR]';
let values;
try {
  ({ values } = parseArgs({ options: { 'max-kb': { type: 'string' }, json: { type: 'boolean' }, root: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const root = resolve(values.root ?? '.');
const maxKb = values['max-kb'];
const maxBytes = maxKb === undefined ? DEFAULT_MAX_BYTES : Number(maxKb) * 1024;
if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
  console.error(`--max-kb 须为正数 | --max-kb must be a positive number, got ${maxKb}`);
  process.exit(2);
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const stat = statSync(abs);
    if (stat.isDirectory()) yield* walk(abs);
    else if (stat.isFile()) yield abs;
  }
}

const problems: Problem[] = [];
let checked = 0;
for (const folder of FOLDERS) {
  const dir = join(root, folder);
  if (!existsSync(dir)) continue;
  for (const abs of walk(dir)) {
    const file = relative(root, abs).split('\\').join('/');
    const found = checkAsset(file, readFileSync(abs), { maxBytes });
    checked++;
    problems.push(...found);
  }
}

const sorted = sortProblems(problems);
if (values.json) {
  console.log(JSON.stringify(sorted, null, 2));
} else {
  for (const p of sorted) console.log(formatProblem(p) + '\n');
  console.log(`检查了 checked: ${checked} 个文件 files in ${FOLDERS.join(', ')} (上限 limit ${Math.round(maxBytes / 1024)} KB)`);
  console.log(summarize(sorted));
}
process.exit(sorted.length ? 1 : 0);
