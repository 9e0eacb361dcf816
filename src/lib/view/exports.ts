/**
 * Rows for the downloadable data files. One row per claim, each with its permalink,
 * so a spreadsheet or a script can cite any number on its own.
 */
import { stringify } from 'csv-stringify/sync';
import type { ClaimRow } from './claim-filter.ts';

export interface ClaimExportRow extends ClaimRow {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  claimant_role: string;
  source_outlet: string;
  source_published: string;
  source_url: string;
  quote: string;
  derivation: string;
  note: string;
}

/** Column order of claims.csv (and documentation order on the data page). */
export const CLAIM_COLUMNS: (keyof ClaimExportRow)[] = [
  'id',
  'url',
  'subject',
  'subject_name',
  'measure',
  'measure_name',
  'value',
  'low',
  'high',
  'qualifier',
  'unit',
  'value_text',
  'period',
  'period_text',
  'kind',
  'kind_label',
  'claimant',
  'claimant_role',
  'source',
  'source_title',
  'source_outlet',
  'source_published',
  'source_url',
  'quote',
  'derivation',
  'note',
];

/**
 * A text cell a spreadsheet would run as a formula (= + - @, tab or CR first) gets a
 * leading apostrophe, as OWASP's CSV-injection guidance says; numbers stay numbers.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** UTF-8 with BOM so Excel opens Chinese text correctly; RFC 4180 quoting via csv-stringify. */
export function claimsCsv(rows: ClaimExportRow[]): string {
  return (
    '\uFEFF' +
    stringify(rows, {
      header: true,
      columns: CLAIM_COLUMNS as string[],
      record_delimiter: '\r\n',
      cast: { number: (n) => String(n), string: neutraliseFormula },
    })
  );
}
