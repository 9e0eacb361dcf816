/**
 * What a brand comparing where to sell sees on the built pages: a comparison with few
 * empty cells, platform pages that open with their headline figures, series whose every
 * point links to its claim, and measure pages that set each subject's figure and 口径 side by side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadCorpus, type Corpus } from '../../src/lib/check/corpus/load.ts';
import { readDist, requireDist } from '../support/dist.ts';

let corpus: Corpus;
const page = (path: string): HTMLElement => parse(readDist(`${path.replace(/^\//, '')}index.html`));
beforeAll(() => {
  requireDist();
  corpus = loadCorpus('.').corpus;
});

describe('the model comparison', () => {
  it('has at most 10% empty cells, and says so in words where no source speaks', () => {
    const table = page('/compare/').querySelector('table.compare')!;
    const cells = table.querySelectorAll('tbody td');
    expect(cells.length).toBeGreaterThanOrEqual(50);
    const empty = cells.filter((td) => td.textContent.includes('暂无'));
    expect(empty.length / cells.length).toBeLessThanOrEqual(0.1);
    for (const td of cells) expect(td.textContent.trim()).not.toBe('—');
  });

  it('shows scale and users with value, period and kind for each of the four models', () => {
    const rows = page('/compare/').querySelectorAll('table.compare tbody tr');
    const scale = rows.find((r) => r.querySelector('th')?.textContent.includes('成交规模'))!;
    const filled = scale.querySelectorAll('td').filter((td) => td.querySelector('a[href^="/claims/"]'));
    expect(filled.length).toBeGreaterThanOrEqual(4);
    for (const td of filled) expect(td.textContent).toMatch(/(官方披露|媒体报道|第三方估算|自述|预测)/);
  });
});

describe('platform pages lead with key figures', () => {
  it.each(['kuaishou', 'douyin', 'taobao-tmall', 'jd', 'pinduoduo', 'shipinhao', 'wechat'])(
    '%s opens with headline measures before its prose, each linking to a claim',
    (id) => {
      const main = page(`/platforms/${id}/`).querySelector('main')!;
      const html = main.innerHTML;
      const key = main.querySelector('#key-figures');
      expect(key, `${id} has no 关键数据`).not.toBeNull();
      expect(html.indexOf('id="key-figures"')).toBeLessThan(html.indexOf('<article'));
      const headline = new Set(corpus.measures.filter((m) => m.data.tier === 'headline').map((m) => `/measures/${m.id}/`));
      const cards = main.querySelectorAll('.figure-cards li');
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(headline.has(card.querySelector('.label a')!.getAttribute('href')!)).toBe(true);
        expect(card.querySelector('.figure a')!.getAttribute('href')).toMatch(/^\/claims\//);
      }
    },
  );

  it('draws a series for 快手 GMV whose every point links to a claim about 快手', () => {
    const charts = page('/platforms/kuaishou/').querySelectorAll('figure.series');
    expect(charts.length).toBeGreaterThan(0);
    const kuaishou = new Set(corpus.claims.filter((c) => c.data.subject === 'platform/kuaishou').map((c) => `/claims/${c.id}/`));
    for (const chart of charts) {
      const links = chart.querySelectorAll('svg a');
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const a of links) expect(kuaishou.has(a.getAttribute('href')!)).toBe(true);
    }
  });
});

describe('measure pages', () => {
  it('set each subject’s latest figure beside the others, with an anchor per subject', () => {
    const main = page('/measures/gmv/').querySelector('#by-subject')!.parentNode as HTMLElement;
    const rows = main.querySelectorAll('#by-subject ~ .table-wrap tbody tr');
    const anchors = rows.map((r) => r.getAttribute('id'));
    for (const id of ['platform-kuaishou', 'platform-douyin', 'platform-taobao-tmall']) expect(anchors).toContain(id);
  });

  it('show the span and the reason for preferring one figure wherever a subject’s newest period has several', () => {
    const rows = corpus.measures.flatMap((m) => page(`/measures/${m.id}/`).querySelectorAll('#by-subject ~ .table-wrap tbody tr'));
    const conflicted = rows.filter((r) => /同期 \d+ 条说法/.test(r.textContent));
    expect(conflicted.length).toBeGreaterThan(0);
    for (const r of conflicted) expect(r.textContent).toMatch(/之间；[^。]*优先/);
  });
});
