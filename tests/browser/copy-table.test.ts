/**
 * Copy-as-TSV in Chromium: the button appears with the Clipboard API, and what it copies
 * is the table's own cells, a tab between cells and a line a row, header first.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

describe('copy a data table as TSV', () => {
  it('copies the measure overview of /platforms/kuaishou/ cell by cell', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url + '/platforms/kuaishou/');
    const button = page.getByRole('button', { name: '复制为表格（TSV）' }).first();
    await button.click();
    await page.waitForFunction(() => document.querySelector('[data-copy-table]')?.textContent === '已复制', null, { timeout: 10_000 });
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const expected = await page.evaluate(() => {
      const table = document.querySelector<HTMLButtonElement>('[data-copy-table]')!.previousElementSibling as HTMLTableElement;
      return { rows: table.rows.length, cols: table.rows[0].cells.length, header: [...table.rows[0].cells].map((c) => c.textContent!.trim()) };
    });
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.rows);
    expect(lines[0].split('\t')).toEqual(expected.header);
    for (const line of lines) expect(line.split('\t')).toHaveLength(expected.cols);
    expect(tsv).not.toMatch(/\t | \t| {2}/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays hidden where there is no Clipboard API', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const page = await context.newPage();
    await page.goto(site.url + '/platforms/kuaishou/');
    expect(await page.locator('[data-copy-table]').first().isHidden()).toBe(true);
    await context.close();
  });
});
