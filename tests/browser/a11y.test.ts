/** axe-core in Chromium on every page type: no serious or critical violations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE_TYPES = {
  home: '/',
  compare: '/compare/',
  'case list': '/cases/',
  case: '/cases/shunzi-shuocha/',
  claim: '/claims/shunzi-shuocha-aov-2022-zb/',
  'claim explorer': '/claims/',
  measure: '/measures/aov/',
  'measure list': '/measures/',
  platform: '/platforms/shipinhao/',
  model: '/models/interest-ecommerce/',
  source: '/sources/zhaibo-2023-04-shipinhao-status/',
  term: '/terms/gpm/',
  glossary: '/terms/',
  event: '/events/shipinhao-store-launch-2022-10-zb/',
  timeline: '/timeline/',
  disagreements: '/disagreements/',
  data: '/data/',
  search: '/search/?q=视频号',
  'not found': '/no-such-page/',
};

const site = useBuiltSite();
const server = site;
let page: Page;
beforeAll(async () => {
  // axe is injected by the test, not the site, so the site's CSP is bypassed for it alone.
  page = await (await site.browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 812 } })).newPage();
});

describe('accessibility', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page has no serious or critical axe violations', async (_type, path) => {
    await page.goto(server.url + path);
    if (path.startsWith('/search/')) await page.waitForSelector('#results li');
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`,
    )) as { id: string; impact: string; nodes: string[] }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
