/**
 * The content check of `astro build` runs in a worker thread; when that worker
 * cannot start, throws or exits before its verdict, the main thread checks instead,
 * once, and its verdict is the same one `npm run check` gives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkInWorker } from '../../src/integrations/check.ts';
import { checkProject } from '../../src/lib/check/integrity/index.ts';
import { fixtureProject } from '../support/fixture-project.ts';

const scripts = mkdtempSync(join(tmpdir(), 'atlas-worker-'));
afterAll(() => rmSync(scripts, { recursive: true, force: true }));
const script = (name: string, body: string) => {
  const file = join(scripts, name);
  writeFileSync(file, body);
  return pathToFileURL(file);
};

function logger() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => void warnings.push(message) };
}

describe('the check worker falls back to the main thread', () => {
  const cases = [
    ['throws', script('throws.mjs', "throw new Error('worker broke');\n"), /failed \(Error: worker broke\)/],
    ['exits early', script('exits.mjs', 'process.exit(3);\n'), /ended with code 3 before its verdict/],
    ['does not exist', pathToFileURL(join(scripts, 'missing.mjs')), /content check runs on the main thread/],
  ] as const;

  for (const [what, url, why] of cases)
    it(`when the worker ${what}: one warning, and the main thread's verdict`, async () => {
      const project = fixtureProject();
      try {
        // A planted mistake, so the verdict is not simply "no problems".
        project.replace('data/claims/a.yaml', 'source: src-a\n  quote: 客单价', 'source: src-b\n  quote: 客单价');
        const log = logger();
        const { verdict } = checkInWorker(project.root, log, url);
        const problems = await verdict;
        expect(problems.map((p) => p.rule)).toContain('reference');
        expect(problems).toEqual(checkProject(project.root).problems);
        // Let a late 'exit' event arrive: the fallback must not run (and warn) a second time.
        await new Promise((r) => setTimeout(r, 200));
        expect(log.warnings).toHaveLength(1);
        expect(log.warnings[0]).toMatch(why);
      } finally {
        project.cleanup();
      }
    });

  it('uses the worker when it works: the same verdict, no warning', async () => {
    const project = fixtureProject();
    try {
      // The same planted mistake: a worker that found nothing would not pass.
      project.replace('data/claims/a.yaml', 'source: src-a\n  quote: 客单价', 'source: src-b\n  quote: 客单价');
      const log = logger();
      const { verdict, worker } = checkInWorker(project.root, log);
      expect(worker).toBeDefined();
      const problems = await verdict;
      expect(problems.map((p) => p.rule)).toContain('reference');
      expect(problems).toEqual(checkProject(project.root).problems);
      expect(log.warnings).toEqual([]);
      await worker?.terminate();
    } finally {
      project.cleanup();
    }
  });
});
