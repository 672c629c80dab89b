import { validateAgainst } from '@tdkt/service-kit';
import {
  cellText,
  readSpreadsheet,
  UnreadableSpreadsheet,
  type SheetRow,
  type SpreadsheetLimits,
} from '@tdkt/spreadsheets';
import { InvalidInput, MalformedSpreadsheet, type Refusal } from '../../common/domain/awards.errors';
import type { RecipientLine } from '../domain/decision';
import { DecisionRecipientInput, MAX_RECIPIENTS } from '../dto/create-decision.dto';
import { COLUMN_LABELS, columnOf, kindOf, REQUIRED, yesNo, type Column } from './spreadsheet-columns';

/** the header row is looked for among the first rows: sheets often start with a title */
const HEADER_SEARCH_ROWS = 10;

/**
 * A decision's list: a few title rows, the header, at most MAX_RECIPIENTS rows of about ten
 * columns. A file far beyond that is refused by the reader as it reads (413 / 422 naming the limit).
 */
export const AWARD_LIST_LIMITS: SpreadsheetLimits = {
  maxRows: MAX_RECIPIENTS + HEADER_SEARCH_ROWS,
  maxColumns: 100,
  maxCells: 600_000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxEntries: 200,
  maxSharedStrings: 600_000,
};

export interface ReadResult {
  lines: RecipientLine[];
  refusals: Refusal[];
}

/** Reads an award list from XLSX or CSV: every row becomes a line, or refusals naming the row. */
export async function readAwardList(file: Buffer): Promise<ReadResult> {
  const rows = await readSpreadsheet(file, { limits: AWARD_LIST_LIMITS }).catch((e: unknown) => {
    throw e instanceof UnreadableSpreadsheet ? new MalformedSpreadsheet(e.vi, e.en) : e;
  });
  return linesFrom(rows);
}

export function linesFrom(rows: SheetRow[]): ReadResult {
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const cols = new Set(r.cells.map((c) => columnOf(cellText(c))));
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
    const c = columnOf(cellText(h));
    if (c && !index.has(c)) index.set(c, i);
  });
  const body = rows.slice(headerAt + 1);
  if (body.length > MAX_RECIPIENTS) {
    throw new InvalidInput(
      'file',
      `Tệp có ${body.length} dòng; tối đa ${MAX_RECIPIENTS} dòng cho một quyết định`,
      `the file has ${body.length} rows; at most ${MAX_RECIPIENTS}`,
    );
  }
  const lines: RecipientLine[] = [];
  const refusals: Refusal[] = [];
  for (const row of body) {
    const get = (c: Column) => (index.has(c) ? cellText(row.cells[index.get(c)!]).trim() : '');
    if ((Object.keys(COLUMN_LABELS) as Column[]).every((c) => get(c) === '')) continue; // a blank row, or only an STT
    const ref = { field: `rows[${row.number}]`, vi: `Dòng ${row.number}`, en: `row ${row.number}` };
    const refuse = (c: Column, code: string, vi: string, en: string) =>
      refusals.push({
        field: `${ref.field}.${c}`,
        code,
        vi: `${ref.vi}, cột “${COLUMN_LABELS[c]}”: ${vi}`,
        en: `${ref.en}, column ${c}: ${en}`,
      });
    const before = refusals.length;
    const kind = kindOf(get('kind'));
    if (!get('name')) refuse('name', 'isNotEmpty', 'không được để trống', 'must not be empty');
    if (!kind)
      refuse(
        'kind',
        'isIn',
        `“${get('kind')}” không hợp lệ; ghi “cá nhân”, “tập thể” hoặc “hộ gia đình”`,
        `"${get('kind')}" must be cá nhân, tập thể or hộ gia đình`,
      );
    if (!get('awardType'))
      refuse(
        'awardType',
        'isNotEmpty',
        'không được để trống; ghi mã hoặc tên hình thức',
        'must not be empty: a catalog code or name',
      );
    const yearText = get('achievementYear');
    const year = yearText ? Number(yearText) : undefined;
    if (year !== undefined && !(Number.isInteger(year) && year >= 1945 && year <= 2100)) {
      refuse('achievementYear', 'isInt', `“${yearText}” không phải là năm`, `"${yearText}" is not a year`);
    }
    const posthumous = yesNo(get('posthumous'));
    if (posthumous === undefined)
      refuse(
        'posthumous',
        'isBoolean',
        `“${get('posthumous')}” không hợp lệ; ghi “x” hoặc để trống`,
        `"${get('posthumous')}" must be x or empty`,
      );
    const recipientId = get('recipientId') || undefined;
    if (recipientId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(recipientId)) {
      refuse(
        'recipientId',
        'isUuid',
        `“${recipientId}” không phải mã đối tượng hợp lệ`,
        `"${recipientId}" is not a recipient id`,
      );
    }
    if (refusals.length > before) continue;
    const line: RecipientLine = {
      ref,
      recipientId,
      kind: kind!,
      name: get('name'),
      titles: get('titles')
        ? get('titles')
            .split(/[;\n]/)
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined,
      unit: get('unit') || undefined,
      awardType: get('awardType'),
      achievement: get('achievement') || undefined,
      achievementYear: year,
      posthumous,
    };
    // the limits of a recipient sent as JSON, from its DTO: a file carries no longer names
    const { ref: _ref, ...fields } = line;
    for (const f of validateAgainst(DecisionRecipientInput, fields)) {
      const c = f.field.replace(/\[\d+\]$/, '') as Column;
      refuse(c, f.code, f.reason.vi, f.reason.en);
    }
    if (refusals.length > before) continue;
    lines.push(line);
  }
  if (lines.length === 0 && refusals.length === 0) {
    throw new MalformedSpreadsheet('Tệp không có dòng nào dưới dòng tiêu đề', 'the file has no rows below its header');
  }
  return { lines, refusals };
}
