/** Chart exports: the SVG carries title, source line and atlas URL (escaped); the PPTX holds a native chart of the values. */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import {
  chartPng,
  chartPptx,
  chartScale,
  chartSlug,
  chartSvg,
  exportSeries,
  sourceLines,
  wrapText,
  SITE_FALLBACK,
  type ExportClaim,
} from '../../src/lib/view/chart-export.ts';

let n = 0;
function claim(period: string, value: number, source: Partial<ExportClaim['source']> = {}, extra: Partial<ExportClaim> = {}): ExportClaim {
  n++;
  return {
    id: `c${n}`,
    href: `/claims/c${n}/`,
    period,
    number: value,
    valueText: `${value / 1e8}亿元`,
    periodText: `${period}年`,
    kind: 'official',
    exact: true,
    published: source.published,
    claimant: 'A&B <公司>',
    source: {
      id: source.id ?? `s-${period}`,
      title: source.title ?? `年报 ${period} "终版"`,
      outlet: source.outlet ?? 'R&D 日报',
      published: source.published ?? `${Number(period) + 1}-03-20`,
    },
    subject: { name: '测试<平台>', key: 'platform/test', href: '/platforms/test/' },
    measure: { id: 'gmv', name: '成交总额' },
    ...extra,
  } as ExportClaim;
}

const few = exportSeries([claim('2021', 1e10), claim('2022', 2e10), claim('2023', 3.5e10)], () => 'cny')[0];
const many = exportSeries(
  ['2018', '2019', '2020', '2021', '2022', '2023'].map((y, i) => claim(y, (i + 1) * 1e10, { outlet: '快手科技' }, { claimant: '快手科技' })),
  () => 'cny',
)[0];

describe('exportSeries', () => {
  it('makes one series per subject and measure with three or more periods, with its slug', () => {
    expect(chartSlug('platform/kuaishou', 'gmv')).toBe('platform-kuaishou--gmv');
    expect(few.slug).toBe('platform-test--gmv');
    expect(few.points.map((p) => p.period)).toEqual(['2021', '2022', '2023']);
    expect(exportSeries([claim('2021', 1), claim('2022', 2)])).toEqual([]);
  });
});

describe('chartSvg', () => {
  const svg = chartSvg(few);
  it('draws the title, the source line and the atlas URL', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('测试&lt;平台&gt;的成交总额');
    expect(svg).toContain('来源：');
    expect(svg).toContain('年报 2023 &quot;终版&quot;');
    expect(svg).toContain('2024-03-20');
    expect(svg).toContain(`${SITE_FALLBACK}/platforms/test/`);
  });

  it('escapes &, < and > everywhere (no raw text breaks the XML)', () => {
    expect(svg).toContain('A&amp;B &lt;公司&gt;');
    expect(svg).toContain('R&amp;D 日报');
    const text = svg.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('uses the site it is given', () => {
    expect(chartSvg(few, new URL('https://example.org/'))).toContain('https://example.org/platforms/test/');
  });

  it('names many documents in one line with their count, years and the page that lists them', () => {
    const [line] = sourceLines(many);
    expect(sourceLines(many)).toHaveLength(1);
    expect(line).toBe('来源：快手科技；见快手科技等 6 份文件（2019–2024），逐期出处见下方网页。');
    expect(chartSvg(many)).toContain(`电商图谱 Commerce Atlas · ${SITE_FALLBACK}/platforms/test/`);
    expect(sourceLines(few)).toHaveLength(3);
  });

  it('wraps long lines without losing text', () => {
    const text = '来源：' + '快手科技发布业绩公告'.repeat(12) + ' https://commerce-atlas.github.io/platforms/kuaishou/';
    const lines = wrapText(text, 40);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('chartPng', () => {
  it('renders the SVG to a PNG', async () => {
    const png = await chartPng(chartSvg(few));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1600); // IHDR width: the 800-wide SVG at twice its size
  });
});

describe('chartPptx', () => {
  it('is a zip with one slide and a native line chart of the values, and the source line on the slide', async () => {
    const zip = await JSZip.loadAsync(await chartPptx(few, undefined, '2025-01-02'));
    expect(zip.file('ppt/slides/slide1.xml')).toBeTruthy();
    const chart = await zip.file('ppt/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:lineChart>');
    // 1e10, 2e10, 3.5e10 yuan in 亿元
    for (const v of ['100', '200', '350']) expect(chart).toContain(`<c:v>${v}</c:v>`);
    expect(chart).toContain('2021年');
    expect(chart).toContain('成交总额（亿元）');
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('来源：');
    expect(slide).toContain('A&amp;B &lt;公司&gt;');
    expect(slide).toContain(`${SITE_FALLBACK}/platforms/test/`);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2025-01-02T00:00:00Z');
  });

  it('gives the same bytes for the same data and date, and names its chart chart1 every time', async () => {
    const a = await chartPptx(few, undefined, '2025-01-02');
    const b = await chartPptx(few, undefined, '2025-01-02');
    expect(a.equals(b)).toBe(true);
    expect(Object.keys((await JSZip.loadAsync(b)).files).filter((f) => f.startsWith('ppt/charts/') && f.endsWith('.xml'))).toEqual([
      'ppt/charts/chart1.xml',
    ]);
  });

  it('scales values to the unit readers use', () => {
    expect(chartScale(few)).toEqual({ factor: 1e8, label: '亿元' });
    expect(chartScale({ ...few, unit: 'percent' })).toEqual({ factor: 1, label: '%' });
  });
});
