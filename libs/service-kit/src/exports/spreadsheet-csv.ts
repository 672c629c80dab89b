import { stringify } from 'csv-stringify/sync';

/**
 * A CSV for spreadsheet programs: UTF-8 with a BOM (Excel then reads Vietnamese correctly), and
 * every text cell that a spreadsheet would take for a formula neutralised per OWASP's CSV
 * injection guidance — a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or
 * their full-width forms) gets a leading `'` (csv-stringify's `escape_formulas`). Numbers are
 * numbers: -2 stays -2. Every CSV export goes through here.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[]): Buffer {
  return Buffer.concat([
    Buffer.from('\ufeff'),
    Buffer.from(stringify(rows as (string | number)[][], { escape_formulas: true }), 'utf8'),
  ]);
}
