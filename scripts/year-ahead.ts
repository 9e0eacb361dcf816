/**
 * npm run test:year-ahead — the built-site and browser tests once more on a site built
 * as if it were a year from now (ATLAS_BUILD_DATE), so nothing a reader sees, and no
 * test, quietly depends on today's date. Rebuilds dist/ with that date; run last.
 */
import { execFileSync } from 'node:child_process';

const ahead = new Date();
ahead.setUTCFullYear(ahead.getUTCFullYear() + 1);
const date = ahead.toISOString().slice(0, 10);
const env = { ...process.env, ATLAS_BUILD_DATE: date };
console.log(`test:year-ahead: building and testing the site as of ${date}`);
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit', env });
run('npx', ['astro', 'build']);
run('npx', ['vitest', 'run', 'tests/built', 'tests/browser']);
