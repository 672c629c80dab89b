import type { SpreadsheetLimits } from './limits';
import type { Cell, SheetRow } from './sheet';
import { SpreadsheetLimitExceeded } from './spreadsheet.errors';

/**
 * Gathers rows while a file is read and stops the read at the first crossed limit. Rows without
 * a value are dropped, so a sheet costs what its cells cost, not what its used range spans.
 */
export class RowCollector {
  readonly rows: SheetRow[] = [];
  private cells = 0;

  constructor(private readonly limits: Pick<SpreadsheetLimits, 'maxRows' | 'maxColumns' | 'maxCells'>) {}

  /** Checked before a cell is stored, so no row grows wider than the limit. */
  checkColumn(column: number, at: string): void {
    if (column > this.limits.maxColumns) throw new SpreadsheetLimitExceeded('maxColumns', this.limits.maxColumns, at);
  }

  add(number: number, cells: Cell[]): void {
    let width = cells.length;
    while (width > 0 && (cells[width - 1] === undefined || cells[width - 1] === '')) width--;
    if (width === 0) return;
    this.checkColumn(width, `${columnName(width)}${number}`);
    if (this.rows.length >= this.limits.maxRows)
      throw new SpreadsheetLimitExceeded('maxRows', this.limits.maxRows, `${number}`);
    this.cells += width;
    if (this.cells > this.limits.maxCells)
      throw new SpreadsheetLimitExceeded('maxCells', this.limits.maxCells, `${number}`);
    cells.length = width;
    // holes left by skipped columns become explicit empties: callers index and iterate freely
    this.rows.push({ number, cells: Array.from(cells) });
  }
}

/** 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `AB12` → { column: 28, row: 12 }; undefined when it is not a cell reference. */
export function parseRef(ref: string): { column: number; row: number } | undefined {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}
