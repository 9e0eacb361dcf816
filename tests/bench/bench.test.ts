/** The benchmark's own logic: a valid, deterministic corpus, and budgets that never round in our favour. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countsFor, generateCorpus, verifyCorpus, writeCorpus } from '../../bench/corpus.ts';
import { coldBytesLimit, evaluateBudgets, KB, up } from '../../bench/budgets.ts';
import { pageType, percentile, stats } from '../../bench/output.ts';
import type { BenchResults } from '../../bench/results.ts';

describe('synthetic corpus', () => {
  it('splits entries like the real site and sums to the size', () => {
    for (const size of [300, 1000, 4000, 10000]) {
      const c = countsFor(size);
      expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(size);
      expect(c.claims / size).toBeCloseTo(0.45, 1);
      expect(c.cases / size).toBeCloseTo(0.1, 1);
    }
  });

  it('is deterministic for a seed', () => {
    const a = JSON.stringify(generateCorpus(300, 7), (_k, v) => (v instanceof Map ? [...v] : v));
    const b = JSON.stringify(generateCorpus(300, 7), (_k, v) => (v instanceof Map ? [...v] : v));
    const c = JSON.stringify(generateCorpus(300, 8), (_k, v) => (v instanceof Map ? [...v] : v));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('passes our checker with no errors and no warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-test-'));
    try {
      const result = writeCorpus(300, dir, 11);
      expect(result.counts.cases).toBe(30);
      const check = await verifyCorpus(dir);
      expect(check.first).toEqual([]);
      expect(check.errors).toBe(0);
      expect(check.warnings).toBe(0);
      const someCase = readFileSync(join(dir, 'content/cases', `${generateCorpus(300, 11).cases[0].id}.mdx`), 'utf8');
      expect(someCase).toContain('<Claim id="');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to write into the project', () => {
    expect(() => writeCorpus(300, join(process.cwd(), 'data'))).toThrow(/refusing/);
  });
});

describe('the bench as its own package', () => {
  const read = (file: string) =>
    JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

  it('pins its dependencies exactly, and the site does not install the bench-only ones', () => {
    const bench = read('bench/package.json');
    const root = read('package.json');
    expect(Object.keys(bench.dependencies ?? {})).toEqual(expect.arrayContaining(['lighthouse', 'chrome-launcher', 'sirv']));
    for (const [name, version] of Object.entries(bench.dependencies ?? {})) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    for (const name of ['lighthouse', 'chrome-launcher']) expect(root.devDependencies?.[name], name).toBeUndefined();
  });
});

describe('budgets and statistics', () => {
  it('rounds displayed costs up', () => {
    expect(up(7.91, 1)).toBe('8.0');
    expect(up(1.3, 2)).toBe('1.30');
    expect(up(1.301, 2)).toBe('1.31');
  });

  it('uses nearest-rank percentiles and the upper median', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(stats([{ v: 1 }, { v: 2 }, { v: 3 }, { v: 4 }]).median).toBe(3);
  });

  it('interpolates the cold-search budget between 1k and 10k', () => {
    expect(coldBytesLimit(300).limit).toBe(150 * KB);
    expect(coldBytesLimit(10_000).limit).toBe(300 * KB);
    const mid = coldBytesLimit(4000).limit;
    expect(mid).toBeGreaterThan(150 * KB);
    expect(mid).toBeLessThan(300 * KB);
  });

  it('classifies pages', () => {
    expect(pageType('/cases/shunzi-shuocha/')).toBe('case');
    expect(pageType('/claims/3/')).toBe('list');
    expect(pageType('/claims/')).toBe('list');
    expect(pageType('/platforms/shipinhao/data/')).toBe('platform/data');
    expect(pageType('/platforms/shipinhao/data/2/')).toBe('platform/data');
    expect(pageType('/cases/2/')).toBe('list');
    expect(pageType('/timeline/2022/')).toBe('list');
    expect(pageType('/')).toBe('list');
  });

  it('reports a budget nobody measured as not measured, and a miss as missed', () => {
    const bench = {
      schema: 1,
      status: 'complete',
      date: '',
      mode: 'quick',
      sizes: [1000],
      reps: 1,
      seed: 1,
      machine: {} as BenchResults['machine'],
      results: [
        {
          size: 1000,
          corpus: {} as never,
          errors: [],
          build: {
            ratio: 2,
            cpuRatio: 2,
            ours: { runs: [], wallMs: 2, peakTreeRssKb: 1, maxRssKb: 1, cpuS: 1, ok: true },
            bare: { runs: [], wallMs: 1, peakTreeRssKb: 1, maxRssKb: 1, cpuS: 1, ok: true },
          },
        },
      ],
    } as BenchResults;
    const rows = evaluateBudgets(bench);
    expect(rows.find((r) => r.id === 'build-ratio')!.status).toBe('missed');
    expect(rows.find((r) => r.id === 'memory-10k')!.status).toBe('not measured');
    expect(rows.find((r) => r.id === 'search-warm-ms')!.status).toBe('not measured');
  });
});
