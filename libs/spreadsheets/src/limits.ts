/**
 * What one upload may cost. Every limit is enforced while the file is read, so a hostile file
 * stops the reader as soon as it crosses one, whatever its headers declare.
 */
export interface SpreadsheetLimits {
  /** rows that hold at least one cell (XLSX) or records (CSV), header rows included */
  maxRows: number;
  /** the highest column a cell may sit in (1 = A); a cell beyond it is refused, not skipped */
  maxColumns: number;
  /** cells handed back: the sum over the rows of each row's width up to its last cell */
  maxCells: number;
  /** bytes of one zip entry once inflated, counted as it inflates */
  maxEntryBytes: number;
  /** entries in the zip's central directory */
  maxEntries: number;
  /** entries of the workbook's shared-string table */
  maxSharedStrings: number;
}

export type SpreadsheetLimit = keyof SpreadsheetLimits;

/** For a sheet of a few thousand rows; services pass their own where they need more or less. */
export const DEFAULT_LIMITS: SpreadsheetLimits = {
  maxRows: 5_000,
  maxColumns: 50,
  maxCells: 100_000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxEntries: 200,
  maxSharedStrings: 100_000,
};

/** How each limit is named to a user (413 for bytes and entries, 422 for the sheet's shape). */
export const LIMIT_TEXTS: Record<SpreadsheetLimit, { status: 413 | 422; vi: string; en: string }> = {
  maxRows: { status: 422, vi: 'số dòng', en: 'rows' },
  maxColumns: { status: 422, vi: 'số cột', en: 'columns' },
  maxCells: { status: 422, vi: 'số ô', en: 'cells' },
  maxEntryBytes: {
    status: 413,
    vi: 'dung lượng giải nén của một phần trong tệp .xlsx (byte)',
    en: 'uncompressed bytes of one part of the .xlsx file',
  },
  maxEntries: { status: 413, vi: 'số phần (zip entry) trong tệp .xlsx', en: 'parts (zip entries) in the .xlsx file' },
  maxSharedStrings: {
    status: 413,
    vi: 'số chuỗi dùng chung (shared strings) của tệp .xlsx',
    en: 'shared strings in the .xlsx file',
  },
};
