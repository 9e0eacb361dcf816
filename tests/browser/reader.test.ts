/**
 * The reader's path on a phone-sized window in Chromium: home → model comparison →
 * 爱丽丝服饰 → a number → its claim page → copy the GB/T 7714 citation → download the
 * CSV. Plus: nothing scrolls sideways at 375 px, and the header search box works.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';
import { readDist } from '../support/dist.ts';
import { CLAIMS_PER_PAGE } from '../../src/lib/view/limits.ts';

const site = useBuiltSite();
const server = site;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = site.browser;
  context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});

describe('a consultant on a phone', () => {
  it('goes from the home page to a cited number and downloads the data', async () => {
    await page.goto(server.url + '/');
    await page.getByRole('link', { name: '查看完整模式对比' }).click();
    await page.waitForURL(/\/compare\/$/);
    expect(await page.textContent('h1')).toBe('模式对比');
    expect(await page.locator('table caption').first().textContent()).toContain('电商模式对比');

    await page.goto(server.url + '/cases/');
    await page.getByRole('link', { name: '爱丽丝服饰', exact: true }).click();
    expect(await page.textContent('h1')).toBe('爱丽丝服饰');

    // Follow the first number in the prose to its claim page.
    const figure = page.locator('article .claim-inline').first();
    const shown = (await figure.textContent())!;
    await figure.locator('sup a').click();
    await page.waitForURL(/\/claims\/[a-z0-9-]+\/$/);
    expect(shown.startsWith((await page.getByTestId('claim-value').textContent())!)).toBe(true);

    // Copy the GB/T 7714 citation with its button.
    const citation = (await page.locator('#cite-gbt').textContent())!;
    expect(citation).toMatch(/\[EB\/OL\]|\[N\/OL\]|\[R\/OL\]/);
    await page.locator('button[data-copy="cite-gbt"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(await page.locator('button[data-copy="cite-gbt"]').textContent()).toBe('已复制');

    // Download the CSV from the data page; it opens as a table with one row per claim.
    await page.goto(server.url + '/data/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'claims.csv' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(JSON.parse(readDist('data/claims.json')).count);
    expect(rows.some((r) => r.subject_name === '爱丽丝服饰')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds 顺子说茶 from the header search box', async () => {
    await page.goto(server.url + '/claims/');
    await page.fill('#site-search', '顺子');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('#results li');
    expect(await page.locator('#results li a').first().getAttribute('href')).toBe('/cases/shunzi-shuocha/');
  });

  it.each([
    '/',
    '/compare/',
    '/cases/alice-fushi/',
    '/claims/shunzi-shuocha-aov-2022-zb/',
    '/measures/aov/',
    '/platforms/shipinhao/',
    '/claims/',
    '/timeline/',
    '/search/?q=视频号',
    '/data/',
    '/models/interest-ecommerce/',
    '/sources/zhaibo-2023-04-shipinhao-status/',
  ])('%s does not scroll sideways at 375 px', async (path) => {
    await page.goto(server.url + path);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it('the metric explorer filters all claims with its form', async () => {
    await page.goto(server.url + '/claims/');
    await page.fill('input[name="measure"]', '客单价');
    await page.click('#claim-filter button[type="submit"]');
    const heading = await page.locator('#claim-filter-results h2').textContent();
    const count = Number(/(\d+)/.exec(heading!)![1]);
    const expected = (JSON.parse(readDist('data/claims.json')).claims as { measure: string }[]).filter((c) => c.measure === 'aov').length;
    expect(count).toBe(expected);
    expect(await page.locator('#claim-filter-results li').count()).toBe(expected);
  });
});

describe('without JavaScript', () => {
  it('the search page still offers links to every entry type', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const p = await noJs.newPage();
    await p.goto(server.url + '/search/');
    const links = await p.locator('nav[aria-label="按类型浏览"] a').allTextContents();
    expect(links).toEqual(['案例', '平台', '电商模式', '数据', '指标', '来源', '术语', '事件']);
    expect(await p.locator('#claim-filter').count()).toBe(0);
    await p.goto(server.url + '/claims/');
    expect(await p.locator('#claim-filter').isHidden()).toBe(true);
    // The first page of the explorer lists claims without any script.
    expect(await p.locator('table tbody tr').count()).toBe(CLAIMS_PER_PAGE);
    expect(await p.locator('nav[aria-label="分页"] a[rel="next"]').getAttribute('href')).toBe('/claims/2/');
    await noJs.close();
  });
});

describe('hub pages link to filtered lists', () => {
  it('/claims/?measure=aov opens the explorer already filtered', async () => {
    const p = await site.browser.newPage();
    await p.goto(`${site.url}/claims/?measure=aov`);
    await p.waitForSelector('#claim-filter-results h2');
    const expected = (JSON.parse(readDist('data/claims.json')).claims as { measure: string }[]).filter((c) => c.measure === 'aov').length;
    expect(await p.locator('#claim-filter-results li').count()).toBe(expected);
    await p.close();
  });
});
