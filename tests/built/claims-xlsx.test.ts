/** The claims.xlsx download: linked from /data/, every claim, numbers as numbers, periods and dates as text, no formulas. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CLAIM_COLUMNS } from '../../src/lib/view/exports.ts';
import { DIST, readDist, requireDist } from '../support/dist.ts';

describe('claims.xlsx', () => {
  it('is linked from /data/ and has every claim with numbers as numbers and periods as text', async () => {
    requireDist();
    expect(readDist('data/index.html')).toContain('href="/data/claims.xlsx"');
    expect(existsSync(join(DIST, 'data/claims.xlsx'))).toBe(true);
    const json = JSON.parse(readDist('data/claims.json')) as { claims: Record<string, unknown>[] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(DIST, 'data/claims.xlsx'));
    const sheet = workbook.getWorksheet('claims')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...CLAIM_COLUMNS]);
    expect(sheet.rowCount).toBe(json.claims.length + 1);
    const col = (name: string) => CLAIM_COLUMNS.indexOf(name as (typeof CLAIM_COLUMNS)[number]) + 1;
    let numbers = 0;
    let dateLike = 0;
    json.claims.forEach((claim, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('id')).value).toBe(claim.id);
      for (const key of ['value', 'low', 'high']) {
        const cell = row.getCell(col(key));
        if (typeof claim[key] === 'number') {
          numbers++;
          expect(cell.type, `${claim.id} ${key}`).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(claim[key]);
        } else expect(cell.value ?? null).toBe(null);
      }
      for (const key of ['period', 'source_published']) {
        const cell = row.getCell(col(key));
        if (!claim[key]) continue;
        if (/^\d{4}-\d{2}/.test(String(claim[key]))) dateLike++;
        expect(cell.type, `${claim.id} ${key}`).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(claim[key]);
        expect(cell.numFmt).toBe('@');
      }
      row.eachCell((cell) => expect(cell.type, `${claim.id}: no formulas`).not.toBe(ExcelJS.ValueType.Formula));
    });
    expect(numbers).toBeGreaterThan(100);
    expect(dateLike).toBeGreaterThan(100);
  });
});
