/**
 * The shape of the code a contributor walks into (issue #11): small files, one
 * registry that names collections, and URLs built only by the registry's helpers.
 * Each rule reads the tracked files, so a new file is held to it the day it lands.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { collectionSpecs, type CollectionSpec } from '../src/schemas/index.ts';

const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mts|mjs|js|astro)$/.test(f) && !f.startsWith('tests/fixtures/'));
const read = (f: string) => readFileSync(f, 'utf8');

describe('code structure', () => {
  it('keeps every source, script and test file at 300 lines or fewer', () => {
    const long = tracked.map((f) => ({ f, lines: read(f).split('\n').length - 1 })).filter(({ lines }) => lines > 300);
    expect(long, 'split these by what their parts hold').toEqual([]);
  });

  it('names the disagreements collection in at most four files under src/', () => {
    const naming = tracked.filter((f) => f.startsWith('src/') && /\bdisagreements\b/.test(read(f)));
    expect(naming.length, naming.join(', ')).toBeLessThanOrEqual(4);
  });

  it('builds no permalink by hand: pages and helpers call entryHref, listHref, anchorHref', () => {
    const folders = new Set<string>();
    for (const spec of Object.values(collectionSpecs) as CollectionSpec[]) {
      if (spec.route) folders.add(spec.route);
      if (spec.list) folders.add(spec.list.href.replaceAll('/', ''));
    }
    const alternatives = [...folders].join('|');
    // `/claims/${…}`, '/claims/', "/claims/" — a collection's folder written out as a URL.
    const handBuilt = new RegExp(`[\`'"]/(?:${alternatives})/(?:\\$\\{|[\`'"?])`);
    const offenders = tracked.filter((f) => f.startsWith('src/') && f !== 'src/schemas/index.ts' && handBuilt.test(read(f)));
    expect(offenders).toEqual([]);
  });
});
