/**
 * References rendered ahead by the check's worker (render.ts) are used only for the
 * exact item and style they were made from; anything else is rendered on the spot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderAhead, renderedAhead, renderedAheadStats, renderReference } from '../../src/lib/view/cite/render.ts';
import { toCsl } from '../../src/lib/view/cite/csl.ts';
import type { Source } from '../../src/schemas/source.ts';

const source: Source = {
  id: 'ahead-a',
  title: '快手电商年度报告',
  outlet: '快手',
  authors: [],
  editors: [],
  published: '2024-03-20',
  url: 'https://example.com/report',
  accessed: '2026-11-22',
  language: 'zh-Hans',
  kind: 'report',
};

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('commerce-atlas.references-ahead')];
});

describe('references rendered ahead', () => {
  it('gives the string rendered ahead for the same item and style, and counts it', () => {
    const item = toCsl(source);
    const live = renderReference(item, 'apa');
    const strings = renderAhead([item]);
    expect(strings.size).toBe(3);
    // A planted string proves the lookup is what answers.
    for (const key of strings.keys()) strings.set(key, `ahead:${strings.get(key)}`);
    const map = renderedAhead();
    for (const [key, text] of strings) map.set(key, text);
    expect(renderReference(item, 'apa')).toBe(`ahead:${live}`);
    expect(renderedAheadStats()).toEqual({ used: 1, rendered: 0 });
  });

  it('renders an item that differs in any field on the spot', () => {
    const item = toCsl(source);
    // Rendered first, as in the worker, where no map of strings rendered ahead exists.
    const strings = renderAhead([item]);
    const map = renderedAhead();
    for (const [key, text] of strings) map.set(key, `ahead:${text}`);
    const changed = { ...item, title: '快手电商年度报告（修订）' };
    expect(renderReference(changed, 'gbt')).not.toMatch(/^ahead:/);
    expect(renderReference(changed, 'gbt')).toContain('修订');
    expect(renderedAheadStats()).toEqual({ used: 0, rendered: 2 });
  });
});
