import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Cell } from '../domain/target-rows';

export const CSV_TYPES = ['text/csv', 'application/csv'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The rows of an uploaded CSV or XLSX file (the first sheet), as plain cells. CSV from Excel in a
 * Vietnamese locale is often separated by ";" (the comma is the decimal mark): both are read.
 */
export async function readSpreadsheet(kind: 'csv' | 'xlsx', body: Buffer): Promise<Cell[][]> {
  return kind === 'csv' ? readCsv(body) : readXlsx(body);
}

function readCsv(body: Buffer): Cell[][] {
  const text = body.toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

async function readXlsx(body: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; the bytes are the same
  await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  // keep the sheet's own row numbers: errors name the row the user sees in Excel
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return String(v);
}
