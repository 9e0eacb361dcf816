/**
 * Charts that travel to a slide: every series chart links its SVG, PNG and PPTX, the
 * files are in dist/ and are what they say; every data table has its copy-as-TSV button.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import JSZip from 'jszip';
import { DIST, htmlFiles, readDist, requireDist, urlOf } from '../support/dist.ts';
import { SITE_FALLBACK } from '../../src/lib/view/chart-export.ts';

const SITE = (process.env.SITE_URL ?? SITE_FALLBACK).replace(/\/+$/, '');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

beforeAll(() => requireDist());

const fileOf = (href: string) => join(DIST, decodeURI(href));

describe('chart downloads on /platforms/kuaishou/', () => {
  const page = () => parse(readDist('platforms/kuaishou/index.html'));

  it('every chart offers SVG, PNG and PPTX, and each file exists and is not empty', () => {
    const charts = page().querySelectorAll('figure.series');
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const links = chart.querySelectorAll('.downloads a').map((a) => a.getAttribute('href')!);
      expect(
        links.map((h) => h.split('.').at(-1)),
        chart.querySelector('figcaption')?.text,
      ).toEqual(['svg', 'png', 'pptx']);
      for (const href of links) {
        expect(href).toMatch(/^\/charts\/platform-kuaishou--[a-z0-9-]+\.(svg|png|pptx)$/);
        expect(existsSync(fileOf(href)), href).toBe(true);
        expect(statSync(fileOf(href)).size, href).toBeGreaterThan(0);
      }
    }
  });

  it('the PNG is a PNG, the SVG names its sources and the atlas URL, the PPTX holds a native chart', async () => {
    const first = page()
      .querySelector('figure.series .downloads')!
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href')!);
    const [svgHref, pngHref, pptxHref] = first;
    expect(readFileSync(fileOf(pngHref)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const svg = readFileSync(fileOf(svgHref), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('来源');
    expect(svg).toContain(SITE);
    expect(svg).toContain(`${SITE}/platforms/kuaishou/`);
    expect(svg).toContain('快手');
    const zip = await JSZip.loadAsync(readFileSync(fileOf(pptxHref)));
    const chart = await zip.file('ppt/charts/chart1.xml')?.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('来源');
  });
});

describe('chart downloads everywhere', () => {
  it('every /charts/ link on every page points to a built file', () => {
    const missing = new Set<string>();
    let links = 0;
    for (const file of htmlFiles()) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/href="(\/charts\/[^"]+)"/g)) {
        links++;
        if (!existsSync(fileOf(href))) missing.add(`${urlOf(file)} → ${href}`);
      }
    }
    expect(links).toBeGreaterThan(0);
    expect([...missing]).toEqual([]);
  });
});

describe('copy-as-TSV', () => {
  it('every claim table and measure overview has its (hidden until scripted) copy button and one copy script', () => {
    const html = readDist('platforms/kuaishou/index.html');
    const doc = parse(html);
    const wraps = doc.querySelectorAll('.table-wrap').filter((w) => w.querySelector('table'));
    const buttons = doc.querySelectorAll('button[data-copy-table]');
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b.hasAttribute('hidden')).toBe(true);
      expect(b.text).toBe('复制为表格（TSV）');
      expect(b.closest('.table-wrap')?.querySelector('table')).toBeTruthy();
    }
    expect(wraps.length).toBeGreaterThanOrEqual(buttons.length);
    // The scripts are files (never inlined, see astro.config.mjs): exactly one of those the page loads wires the buttons.
    const scripts = doc.querySelectorAll('script[src]').map((s) => readDist(s.getAttribute('src')!.replace(/^\//, '')));
    expect(scripts.filter((code) => code.includes('data-copy-table]'))).toHaveLength(1);
  });
});
