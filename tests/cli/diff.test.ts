/**
 * `npm run diff -- <base> [<head>]` on a fixture repository of two commits: a claim's
 * value changes, one claim is added, one removed, a platform page's text changes. The
 * Markdown names each with its page; --json gives the same for tools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DataDiff } from '../../src/lib/check/data-diff.ts';

const CLAIMS_V1 = `- id: shop-aov-2022
  subject: platform/plat
  measure: aov
  value: 2680
  unit: cny
  period: 2022
  source: src-a
  quote: 客单价达到2680元
- id: shop-old-2021
  subject: platform/plat
  measure: gmv
  value: 1000
  unit: cny
  period: 2021
  source: src-a
`;

const CLAIMS_V2 = `- id: shop-aov-2022
  subject: platform/plat
  measure: aov
  value: 2980
  unit: cny
  period: 2022
  source: src-a
  quote: 客单价达到2980元
- id: shop-repurchase-2023
  subject: platform/plat
  measure: repurchase-rate
  value: 30
  unit: percent
  period: 2023
  source: src-b
`;

const PLATFORM_V1 = `---
name: 测试平台
kind: platform
---

第一段。
`;

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
function write(path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}
const runDiff = (...args: string[]) => spawnSync('tsx', ['scripts/diff.ts', '--root', repo, ...args], { encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'atlas-diff-'));
  git('-c', 'init.defaultBranch=main', 'init', '-q');
  write('data/claims/shop.yaml', CLAIMS_V1);
  write('content/platforms/plat.mdx', PLATFORM_V1);
  write('data/measures/core.yaml', '- id: aov\n  name: 客单价\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  write('data/claims/shop.yaml', CLAIMS_V2);
  write('content/platforms/plat.mdx', PLATFORM_V1.replace('第一段。', '第一段，改写了。'));
  git('add', '.');
  git('commit', '-q', '-m', 'second');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run diff', () => {
  it('lists the changed claim with its old and new values, the added and removed ids, and the pages, as Markdown', () => {
    const run = runDiff('HEAD~1', 'HEAD');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const md = run.stdout;
    expect(md).toMatch(/^## Data changes: `HEAD~1` → `HEAD`/);
    expect(md).toContain('1 added, 2 changed, 1 removed');
    expect(md).toContain('- `shop-aov-2022` `/claims/shop-aov-2022/` — `data/claims/shop.yaml`');
    expect(md).toContain('  - `value`: `2680` → `2980`');
    expect(md).toContain('  - `quote`: `客单价达到2680元` → `客单价达到2980元`');
    expect(md).not.toContain('`unit`:');
    expect(md).toMatch(/\*\*Added \(1\)\*\*\n\n- `shop-repurchase-2023` `\/claims\/shop-repurchase-2023\/`/);
    expect(md).toMatch(/\*\*Removed \(1\)\*\*\n\n- `shop-old-2021` \(was `\/claims\/shop-old-2021\/`\)/);
    expect(md).toContain('- `plat` `/platforms/plat/`');
    expect(md).toContain('+ `第一段，改写了。`');
    // Pages: the changed and added claims, their subject, measures and sources; not the removed claim's own page.
    const pages = md
      .slice(md.indexOf('### Pages affected'))
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(3, -1));
    expect(pages).toEqual([
      '/claims/shop-aov-2022/',
      '/claims/shop-repurchase-2023/',
      '/measures/aov/',
      '/measures/gmv/',
      '/measures/repurchase-rate/',
      '/platforms/plat/',
      '/sources/src-a/',
      '/sources/src-b/',
    ]);
  });

  it('compares with HEAD when no head ref is given, and prints JSON with --json', () => {
    const run = runDiff('HEAD~1', '--json');
    expect(run.status).toBe(0);
    const diff = JSON.parse(run.stdout) as DataDiff;
    expect(diff.head).toBe('HEAD');
    expect(diff.collections.claims?.added.map((e) => e.id)).toEqual(['shop-repurchase-2023']);
    expect(diff.collections.claims?.removed.map((e) => e.id)).toEqual(['shop-old-2021']);
    expect(diff.collections.claims?.changed).toEqual([
      {
        id: 'shop-aov-2022',
        file: 'data/claims/shop.yaml',
        href: '/claims/shop-aov-2022/',
        fields: [
          { field: 'value', old: 2680, new: 2980 },
          { field: 'quote', old: '客单价达到2680元', new: '客单价达到2980元' },
        ],
      },
    ]);
    expect(diff.collections.measures).toBeUndefined();
    expect(diff.problems).toEqual([]);
  });

  it('says so when nothing changed', () => {
    const run = runDiff('HEAD', 'HEAD');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No entries added, changed or removed.');
  });

  it('exits 2 with a readable message on an unknown ref or a missing argument', () => {
    const unknown = runDiff('no-such-ref');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown git ref: no-such-ref');
    const missing = runDiff();
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('usage: npm run diff');
  });
});
