/** A cell as read: text, or a number; a date cell as `YYYY-MM-DD`; absent when empty. */
export type Cell = string | number | undefined;

export interface SheetRow {
  /** the row number the user sees in Excel, or the line of the CSV file */
  number: number;
  /** dense up to the row's last non-empty cell: cells[0] is column A */
  cells: Cell[];
}

/** A cell as text, the way the sheet shows it ('' when empty). */
export const cellText = (c: Cell): string => (c === undefined ? '' : String(c));
