import { readCsv } from './csv.reader';
import { DEFAULT_LIMITS, type SpreadsheetLimits } from './limits';
import type { SheetRow } from './sheet';
import { UnreadableSpreadsheet } from './spreadsheet.errors';
import { readXlsx } from './xlsx.reader';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export interface ReadOptions {
  /** as the upload declared it; absent: told from the file's first bytes */
  format?: SpreadsheetFormat;
  limits?: Partial<SpreadsheetLimits>;
}

/** The media types an upload of each format is sent with. */
export const MEDIA_TYPES = {
  csv: ['text/csv', 'application/csv'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
} as const;

/** The format a Content-Type header names (parameters ignored), if it is one of MEDIA_TYPES. */
export function formatOfMediaType(contentType: string | undefined): SpreadsheetFormat | undefined {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (Object.keys(MEDIA_TYPES) as SpreadsheetFormat[]).find((f) =>
    (MEDIA_TYPES[f] as readonly string[]).includes(media),
  );
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * The non-empty rows of an uploaded CSV file or of the first sheet of an XLSX workbook, each with
 * the row number the user sees. Throws SpreadsheetLimitExceeded at the first limit crossed and
 * UnreadableSpreadsheet for a file that is neither.
 */
export async function readSpreadsheet(file: Buffer, options: ReadOptions = {}): Promise<SheetRow[]> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (file.length === 0) throw new UnreadableSpreadsheet('Tệp rỗng', 'the file is empty');
  const head = file.subarray(0, 4);
  if (!options.format && head.equals(OLE)) {
    throw new UnreadableSpreadsheet(
      'Định dạng .xls cũ không được hỗ trợ: hãy lưu tệp thành .xlsx hoặc .csv (UTF-8)',
      'the old .xls format is not supported: save the file as .xlsx or UTF-8 .csv',
    );
  }
  const format = options.format ?? (head.equals(ZIP) ? 'xlsx' : 'csv');
  return format === 'xlsx' ? readXlsx(file, limits) : readCsv(file, limits);
}
