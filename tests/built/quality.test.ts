/** Valid HTML on every page, and no broken internal link or anchor (checked by maintained tools). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { htmlFiles, requireDist, urlOf } from '../support/dist.ts';
import { serveDist } from '../support/static-server.ts';

beforeAll(requireDist);

describe('HTML validity (html-validate, recommended rules)', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

  it('the validator does catch a broken page (so a pass means something)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div></p></body></html>');
    expect(report.valid).toBe(false);
  });

  // About 50 s for 1262 pages on an idle two-core machine: the 60 s default is too close
  // when other work shares the CPUs (the year-ahead pass timed out at 84 s).
  it('reports zero errors on every built page', { timeout: 300_000 }, async () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(500);
    const failures: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results)
        for (const m of r.messages) if (m.severity === 2) failures.push(`${urlOf(file)}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('links (linkinator over the served site)', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => (server = await serveDist()));
  afterAll(() => server?.close());

  it('finds no broken internal link or #anchor, having reached every page', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.url}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 50,
      // No network here: external links are checked for rel attributes elsewhere, not fetched.
      linksToSkip: async (link) => !link.startsWith(server.url),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}) ${l.status}`);
    expect(broken).toEqual([]);
    // Links are de-duplicated: every page must have been reached from the home page.
    const ok = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    const unreached = htmlFiles()
      .map(urlOf)
      .filter((u) => u !== '/404.html' && !ok.has(u));
    expect(unreached).toEqual([]);
  }, 300_000);
});
