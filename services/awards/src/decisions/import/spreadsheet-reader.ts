import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidInput, MalformedSpreadsheet, type Refusal } from '../../common/domain/awards.errors';
import type { RecipientLine } from '../domain/decision';
import { COLUMN_LABELS, columnOf, kindOf, REQUIRED, yesNo, type Column } from './spreadsheet-columns';

export const MAX_ROWS = 20_000;
/** the header row is looked for among the first rows: sheets often start with a title */
const HEADER_SEARCH_ROWS = 10;

export interface SheetRow {
  /** the row number the clerk sees in Excel (or the line of the CSV file) */
  number: number;
  cells: string[];
}

export interface ReadResult {
  lines: RecipientLine[];
  refusals: Refusal[];
}

/** Reads an award list from XLSX or CSV: every row becomes a line, or refusals naming the row. */
export async function readAwardList(file: Buffer): Promise<ReadResult> {
  return linesFrom(await sheetRows(file));
}

export async function sheetRows(file: Buffer): Promise<SheetRow[]> {
  if (file.length === 0) throw new MalformedSpreadsheet('Tệp rỗng', 'the file is empty');
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return xlsxRows(file);
  if (file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new MalformedSpreadsheet('Định dạng .xls cũ không được hỗ trợ: hãy lưu tệp thành .xlsx hoặc .csv (UTF-8)',
      'the old .xls format is not supported: save the file as .xlsx or UTF-8 .csv');
  }
  return csvRows(file);
}

async function xlsxRows(file: Buffer): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new MalformedSpreadsheet(`Không đọc được tệp .xlsx (${(e as Error).message}); hãy mở và lưu lại bằng Excel`,
      `cannot read the .xlsx file (${(e as Error).message}); open and save it again in Excel`);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new MalformedSpreadsheet('Tệp .xlsx không có trang tính nào', 'the .xlsx file has no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => { cells[col - 1] = cell.text ?? ''; });
    rows.push({ number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

function csvRows(file: Buffer): SheetRow[] {
  const text = file.toString('utf8');
  if (text.includes('\uFFFD')) {
    throw new MalformedSpreadsheet('Tệp không phải .xlsx, cũng không phải .csv UTF-8: hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8',
      'the file is neither .xlsx nor UTF-8 .csv: save it as .xlsx or CSV UTF-8');
  }
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as
      { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ number: r.info.lines, cells: r.record }));
  } catch (e) {
    throw new MalformedSpreadsheet(`Tệp CSV sai định dạng: ${(e as Error).message}`, `malformed CSV: ${(e as Error).message}`);
  }
}

export function linesFrom(rows: SheetRow[]): ReadResult {
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const cols = new Set(r.cells.map(columnOf));
    return REQUIRED.every((c) => cols.has(c));
  });
  if (headerAt < 0) {
    const missing = REQUIRED.map((c) => `“${COLUMN_LABELS[c]}”`).join(', ');
    throw new MalformedSpreadsheet(
      `Không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu: cần các cột ${missing} (tùy chọn: Chức vụ, Đơn vị, Thành tích, Năm thành tích, Truy tặng, Mã đối tượng)`,
      `no header row in the first ${HEADER_SEARCH_ROWS} rows: the columns ${REQUIRED.join(', ')} are required (optional: titles, unit, achievement, achievementYear, posthumous, recipientId)`,
    );
  }
  const header = rows[headerAt]!;
  const index = new Map<Column, number>();
  header.cells.forEach((h, i) => {
    const c = columnOf(h);
    if (c && !index.has(c)) index.set(c, i);
  });
  const body = rows.slice(headerAt + 1);
  if (body.length > MAX_ROWS) {
    throw new InvalidInput('file', `Tệp có ${body.length} dòng; tối đa ${MAX_ROWS} dòng cho một quyết định`, `the file has ${body.length} rows; at most ${MAX_ROWS}`);
  }
  const lines: RecipientLine[] = [];
  const refusals: Refusal[] = [];
  for (const row of body) {
    const get = (c: Column) => (index.has(c) ? (row.cells[index.get(c)!] ?? '').trim() : '');
    if ((Object.keys(COLUMN_LABELS) as Column[]).every((c) => get(c) === '')) continue; // a blank row, or only an STT
    const ref = { field: `rows[${row.number}]`, vi: `Dòng ${row.number}`, en: `row ${row.number}` };
    const refuse = (c: Column, code: string, vi: string, en: string) =>
      refusals.push({ field: `${ref.field}.${c}`, code, vi: `${ref.vi}, cột “${COLUMN_LABELS[c]}”: ${vi}`, en: `${ref.en}, column ${c}: ${en}` });
    const before = refusals.length;
    const kind = kindOf(get('kind'));
    if (!get('name')) refuse('name', 'isNotEmpty', 'không được để trống', 'must not be empty');
    if (!kind) refuse('kind', 'isIn', `“${get('kind')}” không hợp lệ; ghi “cá nhân”, “tập thể” hoặc “hộ gia đình”`, `"${get('kind')}" must be cá nhân, tập thể or hộ gia đình`);
    if (!get('awardType')) refuse('awardType', 'isNotEmpty', 'không được để trống; ghi mã hoặc tên hình thức', 'must not be empty: a catalog code or name');
    const yearText = get('achievementYear');
    const year = yearText ? Number(yearText) : undefined;
    if (year !== undefined && !(Number.isInteger(year) && year >= 1945 && year <= 2100)) {
      refuse('achievementYear', 'isInt', `“${yearText}” không phải là năm`, `"${yearText}" is not a year`);
    }
    const posthumous = yesNo(get('posthumous'));
    if (posthumous === undefined) refuse('posthumous', 'isBoolean', `“${get('posthumous')}” không hợp lệ; ghi “x” hoặc để trống`, `"${get('posthumous')}" must be x or empty`);
    const recipientId = get('recipientId') || undefined;
    if (recipientId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(recipientId)) {
      refuse('recipientId', 'isUuid', `“${recipientId}” không phải mã đối tượng hợp lệ`, `"${recipientId}" is not a recipient id`);
    }
    if (refusals.length > before) continue;
    lines.push({
      ref, recipientId, kind: kind!, name: get('name'),
      titles: get('titles') ? get('titles').split(/[;\n]/).map((t) => t.trim()).filter(Boolean) : undefined,
      unit: get('unit') || undefined, awardType: get('awardType'), achievement: get('achievement') || undefined,
      achievementYear: year, posthumous,
    });
  }
  if (lines.length === 0 && refusals.length === 0) {
    throw new MalformedSpreadsheet('Tệp không có dòng nào dưới dòng tiêu đề', 'the file has no rows below its header');
  }
  return { lines, refusals };
}
