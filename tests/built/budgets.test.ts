/**
 * Size budgets on the real site (the benchmark measures the same at scale, from the
 * same definition in bench/budgets.ts: 1 KB = 1024 bytes, gzip at level 6): readers
 * are on phones inside WeChat, so a page should arrive in the first round trip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlFiles, readDist, requireDist, urlOf } from '../support/dist.ts';
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
    for (const p of content) {
      // Inline code, and the module files the page loads (the build keeps scripts as files:
      // astro.config.mjs), each sent gzipped on its own. Search stays on the search page.
      let bytes = 0;
      for (const [tag, , code] of p.html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
        expect(src ?? '', p.url).toMatch(/^(\/_astro\/[^/]+\.js)?$/);
        const js = src ? readDist(src.slice(1)) : code;
        expect(js, `${p.url} ${src ?? 'inline'}`).not.toMatch(/pagefind|\bimport\b/);
        bytes += gz(js);
      }
      expect(bytes, p.url).toBeLessThanOrEqual(PAGE_BUDGET.jsMax);
    }
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
