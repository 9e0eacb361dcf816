/**
 * Size budgets on the real site (the benchmark measures the same at scale, from the
 * same definition in bench/budgets.ts: 1 KB = 1024 bytes, gzip at level 6): readers
 * are on phones inside WeChat, so a page should arrive in the first round trip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DIST, htmlFiles, readDist, requireDist, urlOf } from '../support/dist.ts';
import { assets } from '../../bench/output.ts';
import { gzipBytes as gz, PAGE_BUDGET } from '../../bench/budgets.ts';
let pages: { url: string; html: string; gzip: number }[];
beforeAll(() => {
  requireDist();
  pages = htmlFiles().map((f) => {
    const html = readFileSync(f, 'utf8');
    return { url: urlOf(f), html, gzip: gz(html) };
  });
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('page budgets', () => {
  it('HTML is at most 8 KB gzip at the median and 14 KB at the largest', () => {
    const sizes = pages.map((p) => p.gzip);
    expect(median(sizes)).toBeLessThanOrEqual(PAGE_BUDGET.htmlMedian);
    const over = pages.filter((p) => p.gzip > PAGE_BUDGET.htmlMax).map((p) => `${p.url} ${p.gzip} B`);
    expect(over).toEqual([]);
  });

  it('case, claim, platform and model pages carry at most 3 KB gzip of JavaScript (enhancements only)', () => {
    const content = pages.filter((p) => /^\/(cases|claims|platforms|models)\/[a-z0-9-]+\/$/.test(p.url));
    expect(content.length).toBeGreaterThan(300);
    const cache = new Map<string, Buffer | null>();
    let largest = 0;
    for (const p of content) {
      // Counted as the bench counts it: inline code plus the module files the page loads.
      const js = assets(p.html, DIST, cache).jsGzip;
      expect(js, p.url).toBeLessThanOrEqual(PAGE_BUDGET.jsMax);
      largest = Math.max(largest, js);
      // Enhancements only: no script a content page runs, inline or file, starts the search or
      // loads code later (a dynamic import is not counted above).
      for (const [, tag, code] of p.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
        if (src) expect(src, p.url).toMatch(/^\/_astro\/[^/]+\.js$/);
        expect(src ? readDist(src.slice(1)) : code, `${p.url} ${src ?? 'inline'}`).not.toMatch(/pagefind|\bimport\s*\(/);
      }
    }
    // The copy buttons' script is counted: a path that found no file would count nothing.
    expect(largest).toBeGreaterThan(0);
  });

  it('all CSS a page loads is at most 12 KB gzip, and no web fonts are fetched', () => {
    for (const p of pages) {
      const css = [...p.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      expect(gz(css), p.url).toBeLessThanOrEqual(PAGE_BUDGET.cssMax);
      expect(p.html).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(css).not.toMatch(/@font-face/);
    }
  });
});
