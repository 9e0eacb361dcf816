/**
 * npm run diff -- <base-ref> [<head-ref>] — the entries added, changed and removed between
 * two git refs (head defaults to HEAD), every changed field with its old and new value,
 * and the pages affected. Markdown by default (for a GitHub job summary), JSON for tools.
 *   --json         print the diff as JSON
 *   --site URL     link pages to this site in the Markdown (e.g. https://commerce-atlas.github.io)
 *   --root DIR     the git repository to read (default: the current folder)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffRefs, formatMarkdown } from '../src/lib/check/data-diff.ts';

// `npm run diff -- x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const USAGE = 'usage: npm run diff -- <base-ref> [<head-ref>] [--json] [--site URL] [--root DIR]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, site: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length < 1 || positionals.length > 2) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const diff = diffRefs(resolve(values.root ?? '.'), positionals[0], positionals[1] ?? 'HEAD');
  process.stdout.write(values.json ? JSON.stringify(diff, null, 2) + '\n' : formatMarkdown(diff, { site: values.site }));
} catch (error) {
  console.error(`npm run diff: ${(error as Error).message}`);
  process.exit(2);
}
