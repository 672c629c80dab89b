import { spreadsheetCsv } from '@tdkt/service-kit';
import ExcelJS from 'exceljs';

export interface Sheet {
  name: string;
  title: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}

/** Header row first; formulas neutralised (guest names and a substitute's name are typed by anyone). */
export function toCsv(s: Sheet): Buffer {
  return spreadsheetCsv([s.columns.map((c) => c.header), ...s.rows]);
}

/** An .xlsx as clerks expect: a title row, the bold header, one row per line, the header frozen. */
export async function toXlsx(s: Sheet): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([s.title]).font = { bold: true, size: 13 };
  const header = sheet.addRow(s.columns.map((c) => c.header));
  header.font = { bold: true };
  s.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  // only plain strings and numbers reach exceljs: a text starting with "=" is a string cell, never a formula
  for (const r of s.rows) sheet.addRow(r.map((v) => (typeof v === 'number' ? v : String(v))));
  return Buffer.from(await book.xlsx.writeBuffer());
}
