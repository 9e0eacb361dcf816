/** Drive the real search page in Chromium: type a query, wait for results, read their links. */
import type { Page } from 'playwright-core';

export async function searchFor(page: Page, baseUrl: string, query: string, params: Record<string, string> = {}): Promise<string[]> {
  const url = new URL('/search/', baseUrl);
  url.searchParams.set('q', query);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  await page.goto(url.href);
  await page.waitForFunction(
    () => {
      const text = document.getElementById('status')?.textContent ?? '';
      return text !== '' && !text.includes('…');
    },
    null,
    { timeout: 15_000 },
  );
  return page.$$eval('#results li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The total the status line reports ("找到 N 条结果"), not just the 20 shown. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.textContent('#status')) ?? '';
  return Number(/找到 (\d+) 条结果/.exec(text)?.[1] ?? 0);
}
