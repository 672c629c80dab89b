import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export interface Sheet {
  name: string;
  title: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}

/** UTF-8 CSV with a BOM (Excel then reads Vietnamese correctly), header row first. */
export function toCsv(s: Sheet): Buffer {
  return Buffer.concat([Buffer.from('\ufeff'), Buffer.from(stringify([s.columns.map((c) => c.header), ...s.rows]), 'utf8')]);
}

/** An .xlsx as clerks expect: a title row, the bold header, one row per line, the header frozen. */
export async function toXlsx(s: Sheet): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([s.title]).font = { bold: true, size: 13 };
  const header = sheet.addRow(s.columns.map((c) => c.header));
  header.font = { bold: true };
  s.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const r of s.rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}
