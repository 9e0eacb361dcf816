/**
 * Wide screens in Chromium, at 1280 and 1920 px: the model comparison fits its box
 * without scrolling, no page scrolls sideways, the blocks of a page (the direct
 * children of <main>) do not overlap, and nothing is wider than the window. At 375 px
 * the same pages do not scroll sideways either (tables may scroll inside their box).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';

const PAGES = ['/', '/platforms/kuaishou/', '/measures/gmv/', '/compare/'];
const WIDE = [1280, 1920];

const site = useBuiltSite();
const contexts: BrowserContext[] = [];
const pages = new Map<number, Page>();

beforeAll(async () => {
  for (const width of [...WIDE, 375]) {
    const context = await site.browser.newContext({
      viewport: { width, height: width === 375 ? 812 : 900 },
      ...(width === 375 ? { isMobile: true, hasTouch: true } : {}),
    });
    contexts.push(context);
    pages.set(width, await context.newPage());
  }
});
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function open(width: number, path: string): Promise<Page> {
  const page = pages.get(width)!;
  await page.goto(site.url + path);
  // Layout with the final fonts, so widths are the ones a reader sees.
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The page's own sideways scroll: how far its content reaches past the window. */
function sidewaysScroll(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

/** Pairs of visible, in-flow direct children of <main> whose boxes intersect (by more than half a pixel). */
function overlappingBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
    const blocks = [...document.querySelectorAll('main > *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return (
          style.display !== 'none' &&
          style.visibility !== 'hidden' &&
          style.position !== 'absolute' &&
          style.position !== 'fixed' &&
          box.width > 1 &&
          box.height > 1
        );
      })
      .map((el) => ({ name: describe(el), box: el.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i].box;
        const b = blocks[j].box;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 0.5 && y > 0.5)
          overlaps.push(
            `${blocks[i].name} [${Math.round(a.top)}–${Math.round(a.bottom)}] overlaps ${blocks[j].name} [${Math.round(b.top)}–${Math.round(b.bottom)}] by ${Math.round(x)}×${Math.round(y)} px`,
          );
      }
    }
    return overlaps;
  });
}

/**
 * Elements wider than the window or reaching past its right edge. Content inside a box
 * that scrolls or clips sideways (a .table-wrap) is that box's business, so only the box
 * itself is measured; elements moved off-screen on purpose (the skip link) are left out.
 */
function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
    const out: string[] = [];
    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none') return;
      const box = el.getBoundingClientRect();
      const offScreen = box.right <= 0 || el.classList.contains('visually-hidden');
      if (!offScreen && box.width > 0 && (box.width > width + 0.5 || box.right > width + 0.5 || box.left < -0.5)) {
        out.push(`${describe(el)} is ${Math.round(box.width)} px wide at ${Math.round(box.left)}–${Math.round(box.right)} (window ${width} px)`);
      }
      if (style.overflowX !== 'visible') return;
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    return out;
  });
}

describe.each(WIDE)('at %i px', (width) => {
  it('/compare/ shows the whole comparison table without scrolling inside its box, and the page does not scroll sideways', async () => {
    const page = await open(width, '/compare/');
    const wraps = await page.locator('.table-wrap').evaluateAll((els) =>
      els.map((el) => ({
        caption: el.querySelector('caption')?.textContent?.slice(0, 20) ?? '',
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      })),
    );
    expect(wraps.length).toBeGreaterThan(0);
    for (const wrap of wraps)
      expect(wrap, `table "${wrap.caption}" scrolls inside its box`).toSatisfy((w: typeof wrap) => w.scrollWidth <= w.clientWidth);
    const { scrollWidth, clientWidth } = await sidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it.each(PAGES)('%s: no two blocks of the page overlap and nothing is wider than the window', async (path) => {
    const page = await open(width, path);
    expect(await overlappingBlocks(page)).toEqual([]);
    expect(await tooWide(page)).toEqual([]);
    const { scrollWidth, clientWidth } = await sidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

describe('at 375 px', () => {
  it.each(PAGES)('%s does not scroll sideways (tables scroll inside their box)', async (path) => {
    const page = await open(375, path);
    const { scrollWidth, clientWidth } = await sidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await tooWide(page)).toEqual([]);
  });
});
