import { parse } from 'csv-parse/sync';
import type { SpreadsheetLimits } from './limits';
import { RowCollector } from './row-collector';
import type { SheetRow } from './sheet';
import { SpreadsheetLimitExceeded, UnreadableSpreadsheet } from './spreadsheet.errors';

/**
 * The records of a UTF-8 CSV file, numbered by line. Excel in a Vietnamese locale separates by
 * ";" (the comma is the decimal mark): the first line decides. Limits are checked record by
 * record as the parser emits them, so parsing stops at the first one crossed.
 */
export function readCsv(file: Buffer, limits: SpreadsheetLimits): SheetRow[] {
  const text = file.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new UnreadableSpreadsheet(
      'Tệp không phải .xlsx, cũng không phải .csv UTF-8: hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8',
      'the file is neither .xlsx nor UTF-8 .csv: save it as .xlsx or CSV UTF-8',
    );
  }
  const end = text.indexOf('\n');
  const firstLine = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const delimiter = count(';') > count(',') ? ';' : ',';
  const rows = new RowCollector(limits);
  try {
    parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        rows.add(
          context.lines,
          record.map((c) => c.trim()),
        );
        return null;
      },
    });
  } catch (e) {
    if (e instanceof SpreadsheetLimitExceeded) throw e;
    throw new UnreadableSpreadsheet(
      `Tệp CSV sai định dạng: ${(e as Error).message}`,
      `malformed CSV: ${(e as Error).message}`,
    );
  }
  return rows.rows;
}
