/**
 * claims.xlsx: the rows of claims.csv as an Excel workbook with typed columns, written
 * with ExcelJS. Numbers (value, low, high) are number cells; every other column is
 * a text cell in a text-formatted column, so a period such as 2022-09 or 2022-Q2 stays
 * text and nothing a cell holds (=, +, -, @ first) is ever run as a formula.
 */
import type { APIRoute } from 'astro';
import ExcelJS from 'exceljs';
import { BUILD_DATE } from '../../atlas.ts';
import { claimExportRows } from '../../export-rows.ts';
import { CLAIM_COLUMNS, type ClaimExportRow } from '../../lib/view/exports.ts';

/** Columns holding numbers; the rest are text. */
const NUMBER_COLUMNS: readonly (keyof ClaimExportRow)[] = ['value', 'low', 'high'];

const WIDTH: Partial<Record<keyof ClaimExportRow, number>> = { quote: 60, source_title: 40, url: 40, source_url: 40, subject_name: 16, measure_name: 18, value_text: 16, period_text: 18, note: 40, derivation: 40 };

async function claimsWorkbook(rows: ClaimExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '电商图谱 Commerce Atlas';
  // File metadata only (the day the file was made), as claims.json's `generated`.
  workbook.created = workbook.modified = new Date(`${BUILD_DATE}T00:00:00Z`);
  const sheet = workbook.addWorksheet('claims', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CLAIM_COLUMNS.map((key) => {
    const number = NUMBER_COLUMNS.includes(key);
    return { header: key, key, width: WIDTH[key] ?? (number ? 14 : 12), style: number ? { numFmt: 'General' } : { numFmt: '@' } };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, string | number | null> = {};
    for (const key of CLAIM_COLUMNS) {
      const v = row[key];
      values[key] = NUMBER_COLUMNS.includes(key) ? (typeof v === 'number' ? v : null) : v === null || v === undefined ? '' : String(v);
    }
    sheet.addRow(values);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CLAIM_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const GET: APIRoute = async ({ site }) =>
  new Response(new Uint8Array(await claimsWorkbook(await claimExportRows(site))), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
