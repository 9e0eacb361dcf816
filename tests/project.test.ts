/** The real project: the Node version the scripts run on, and the real data passing every check. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkProject } from '../src/lib/check/integrity/index.ts';

describe('the toolchain', () => {
  it('runs on the Node version Astro 7 needs (from the exact node devDependency)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(process.versions.node).toBe(pkg.devDependencies.node);
  });
});

describe('the real data', () => {
  const { corpus, problems } = checkProject('.');
  it('passes every schema and integrity rule', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('meets the coverage the knowledge issue asks for', () => {
    expect(corpus.claims.length).toBeGreaterThanOrEqual(412);
    expect(corpus.cases.length).toBeGreaterThanOrEqual(22);
    expect(corpus.terms.length).toBeGreaterThanOrEqual(50);
    expect(corpus.events.length).toBeGreaterThanOrEqual(50);
    // The first ten sources plus at least 25 primary disclosures and reports since.
    expect(corpus.sources.length).toBeGreaterThanOrEqual(35);
    expect(corpus.claims.filter((c) => c.data.kind === 'official').length).toBeGreaterThanOrEqual(150);
    expect(corpus.markets.map((m) => m.id)).toContain('china-online-retail');
    for (const id of ['douyin', 'kuaishou', 'taobao', 'tmall', 'jd', 'pinduoduo', 'shipinhao', 'wechat-shop', 'xiaohongshu', 'vipshop', 'wecom']) {
      expect(corpus.platforms.map((p) => p.id)).toContain(id);
    }
  });
  it('has in-depth cases for 顺子说茶 and 爱丽丝服饰', () => {
    const depth = Object.fromEntries(corpus.cases.map((c) => [c.id, c.data.depth]));
    expect([depth['shunzi-shuocha'], depth['alice-fushi']]).toEqual(['in-depth', 'in-depth']);
  });
});
