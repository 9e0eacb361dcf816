import { describe, expect, it } from 'vitest';
import { capped } from '../../src/lib/view/limits.ts';
import { pageHref } from '../../src/schemas/index.ts';
import { staleness, newestByMeasure } from '../../src/lib/view/claims.ts';
import { zhPeriod, periodEnd, zhDate } from '../../src/lib/periods.ts';
import { modelComparison, groupForComparison } from '../../src/lib/view/compare.ts';
import { layoutBars } from '../../src/lib/view/chart.ts';
import { claimsCsv, CLAIM_COLUMNS, type ClaimExportRow } from '../../src/lib/view/exports.ts';
import { parse } from 'csv-parse/sync';
import { filterClaims } from '../../src/lib/view/claim-filter.ts';
import { parseAddedLog } from '../../src/lib/view/added-dates.ts';
import { cutSection, visibleText } from '../../src/lib/check/quotes.ts';
import { periodStart } from '../../src/lib/periods.ts';
import type { Claim } from '../../src/schemas/claim.ts';

const claim = (period: string, kind: Claim['kind'] = 'media') =>
  ({
    id: 'c',
    subject: 'case/x',
    measure: 'aov',
    value: 1,
    unit: 'cny',
    qualifier: 'exact',
    period,
    claimant: 'x',
    kind,
    source: 's',
    quote: 'q1',
  }) as Claim;

describe('dates in Chinese', () => {
  it('writes periods the way readers say them', () => {
    expect(zhPeriod('2022-04/2023-02')).toBe('2022年4月–2023年2月');
    expect(zhPeriod('2022-Q2')).toBe('2022年第2季度');
    expect(zhPeriod('2022-H1')).toBe('2022年上半年');
    expect(zhDate('2023-04-13')).toBe('2023年4月13日');
  });
  it('knows where periods start and end', () => {
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2022-Q3')).toBe('2022-09-30');
    expect(periodStart('2022-H2')).toBe('2022-07-01');
  });
});

describe('staleness', () => {
  it('marks a claim older than the measure allows, with the month it dates from', () => {
    expect(staleness(claim('2022-08'), { staleAfterMonths: 12 }, '2026-11-22')).toBe('数据截至 2022年8月，可能已过时');
  });
  it('leaves recent claims and forecasts alone', () => {
    expect(staleness(claim('2026-06'), { staleAfterMonths: 12 }, '2026-11-22')).toBeUndefined();
    expect(staleness(claim('2020', 'forecast'), { staleAfterMonths: 12 }, '2026-11-22')).toBeUndefined();
  });
});

describe('comparisons', () => {
  it('puts dimensions in rows and leaves out dimensions no model describes', () => {
    const rows = modelComparison([
      { id: 'a', name: '兴趣电商', traits: [{ dimension: 'traffic-logic', text: '算法推荐', claims: [] }] },
      {
        id: 'b',
        name: '货架电商',
        traits: [
          { dimension: 'traffic-logic', text: '搜索', claims: [] },
          { dimension: 'aov', text: '中等', claims: ['x'] },
        ],
      },
    ]);
    expect(rows.map((r) => [r.label, r.cells.map((c) => c.texts.map((t) => t.text).join())])).toEqual([
      ['流量逻辑', ['算法推荐', '搜索']],
      ['客单价', ['', '中等']],
    ]);
  });
  it('keeps disagreeing claims about one subject next to each other', () => {
    const grouped = groupForComparison([
      { id: '1', subjectKey: 'a', subjectName: '视频号', number: 5e8 },
      { id: '2', subjectKey: 'b', subjectName: '抖音', number: 7e8 },
      { id: '3', subjectKey: 'a', subjectName: '视频号', number: 6e8 },
    ]);
    expect(grouped.flatMap((g) => g.rows.map((r) => r.id))).toEqual(['2', '3', '1']);
  });
});

describe('bar chart geometry', () => {
  it('scales bars to the largest value and keeps ranges as ranges', () => {
    const g = layoutBars(
      [
        { label: 'a', low: 50, high: 50, valueText: '50' },
        { label: 'b', low: 50, high: 100, valueText: '50–100' },
      ],
      { width: 640, labelWidth: 220 },
    );
    expect(g.bars[1].width).toBe(g.plotWidth);
    expect(g.bars[0].width).toBe(g.plotWidth / 2);
    expect(g.bars[1].rangeStart).toBe(g.plotWidth / 2);
  });
});

describe('CSV export', () => {
  it('starts with a BOM, has a header and one row per claim, and survives commas and quotes', () => {
    const row = Object.fromEntries(CLAIM_COLUMNS.map((c) => [c, ''])) as unknown as ClaimExportRow;
    const rows = [
      { ...row, id: 'a', quote: '他说:"30%,真的"' },
      { ...row, id: 'b', value: 5e8 },
    ];
    const csv = claimsCsv(rows);
    expect(csv.startsWith('\uFEFFid,url,')).toBe(true);
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed.map((r) => r.id)).toEqual(['a', 'b']);
    expect(parsed[0].quote).toBe('他说:"30%,真的"');
    expect(parsed[1].value).toBe('500000000');
  });
});

describe('claim filter', () => {
  const rows = [
    {
      id: '1',
      measure: 'dau',
      measure_name: '日活跃用户数',
      kind: 'official',
      period: '2022-06',
      source: 's1',
      source_title: '文章一',
      subject: 'platform/shipinhao',
      subject_name: '视频号',
    },
    {
      id: '2',
      measure: 'aov',
      measure_name: '客单价',
      kind: 'media',
      period: '2021',
      source: 's2',
      source_title: '文章二',
      subject: 'case/shunzi',
      subject_name: '顺子说茶',
    },
  ] as never[];
  it('combines filters', () => {
    expect(filterClaims(rows, { measure: 'dau', year: '2022' }).map((r: { id: string }) => r.id)).toEqual(['1']);
    expect(filterClaims(rows, { subject: '顺子' }).map((r: { id: string }) => r.id)).toEqual(['2']);
    expect(filterClaims(rows, { subject: 'case/shunzi' }).map((r: { id: string }) => r.id)).toEqual(['2']);
    expect(filterClaims(rows, { subject: 'case/shun' })).toEqual([]);
    expect(filterClaims(rows, { year: '2022' }).map((r: { id: string }) => r.id)).toEqual(['1']);
    expect(filterClaims(rows, { kind: 'forecast' })).toEqual([]);
    expect(filterClaims(rows, { measure: '客单' }).map((r: { id: string }) => r.id)).toEqual(['2']);
    expect(filterClaims(rows, { source: '文章一' }).map((r: { id: string }) => r.id)).toEqual(['1']);
  });
});

describe('added dates from git log', () => {
  it('keeps the earliest add date of each file', () => {
    const log = '@2026-11-22T10:00:00+00:00\n\ndata/claims/b.yaml\n@2026-11-20T09:00:00+00:00\n\ndata/claims/a.yaml\ndata/claims/b.yaml\n';
    expect([...parseAddedLog(log)]).toEqual([
      ['data/claims/b.yaml', '2026-11-20'],
      ['data/claims/a.yaml', '2026-11-20'],
    ]);
  });
});

describe('source sections', () => {
  it('strips tags, decodes entities and cuts between markers', () => {
    const text = visibleText('<p>A篇 开始</p><p>客单价&nbsp;200元</p><p>B篇 开始</p>');
    expect(cutSection(text, 'A篇', 'B篇')).toBe('A篇 开始客单价\u00a0200元');
    expect(cutSection(text, '不存在')).toBeUndefined();
  });
});

describe('newestByMeasure', () => {
  it('keeps one row per measure with its count and newest claim, busiest measure first', () => {
    const v = (id: string, measure: string, period?: string) => ({ id, measure: { id: measure }, period });
    const rows = newestByMeasure([v('a', 'dau', '2021'), v('b', 'dau', '2022-06'), v('c', 'gmv', '2022'), v('d', 'dau')]);
    expect(rows.map((r) => [r.newest.id, r.count])).toEqual([
      ['b', 3],
      ['c', 1],
    ]);
  });
});

describe('capped', () => {
  it('keeps the first items and counts the rest', () => {
    expect(capped([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], hidden: 1 });
    expect(capped([1], 3)).toEqual({ shown: [1], hidden: 0 });
  });
});

describe('pageHref', () => {
  it('names the paginated page that holds an item, as paginate() does', () => {
    expect(pageHref('/disagreements/', 0, 20)).toBe('/disagreements/');
    expect(pageHref('/disagreements/', 19, 20)).toBe('/disagreements/');
    expect(pageHref('/disagreements/', 20, 20)).toBe('/disagreements/2/');
  });
});
