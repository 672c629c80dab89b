import { cleanText, foldDiacritics } from '@tdkt/vietnamese';
import { unitKey } from '../../common/domain/text';
import { TargetImportRejected, type TargetRowError } from './covenant.errors';
import { MAX_TARGETS, WEIGHT_TOTAL, type Direction, type TargetInput } from './targets';

export type Cell = string | number | null | undefined;
/** A spreadsheet row with the number the user sees in Excel (empty rows may be left out). */
export interface TargetRow {
  number: number;
  cells: Cell[];
}
/** What the request DTO says of one target (lengths, ranges), written once there. */
export type TargetCheck = (t: TargetInput) => { field: string; vi: string; en: string }[];

type Field = 'name' | 'unit' | 'targetValue' | 'direction' | 'weight';

/** Column headings as provinces write them (compared without diacritics or case). */
const HEADINGS: Record<Field, { column: string; accepted: string[] }> = {
  name: { column: 'Tên chỉ tiêu', accepted: ['ten chi tieu', 'chi tieu', 'name'] },
  unit: { column: 'Đơn vị tính', accepted: ['don vi tinh', 'dvt', 'don vi', 'unit'] },
  targetValue: {
    column: 'Giá trị',
    accepted: ['gia tri', 'gia tri chi tieu', 'muc tieu', 'target value', 'targetvalue', 'target'],
  },
  direction: { column: 'Chiều', accepted: ['chieu', 'huong', 'chieu danh gia', 'direction'] },
  weight: { column: 'Trọng số', accepted: ['trong so', 'weight'] },
};
const REQUIRED: Field[] = ['name', 'unit', 'targetValue', 'weight'];
const HIGHER = ['higher', 'cao hon tot hon', 'cang cao cang tot', 'tang', 'cao'];
const LOWER = ['lower', 'thap hon tot hon', 'cang thap cang tot', 'giam', 'thap'];

const fold = (s: string) => foldDiacritics(cleanText(s)).toLowerCase();

/**
 * Reads targets from spreadsheet rows (the first row holds the headings). Every bad row is
 * reported with its row number, column and what to fix; if any is bad, nothing is returned.
 * `check` adds the limits of a typed-in target, so a file cannot carry what JSON may not.
 */
export function targetsFromRows(rows: TargetRow[], check: TargetCheck = () => []): TargetInput[] {
  const errors: TargetRowError[] = [];
  const [headingRow, ...body] = rows;
  const heading = headingRow?.cells ?? [];
  const columns = new Map<Field, number>();
  heading.forEach((cell, i) => {
    const f = (Object.keys(HEADINGS) as Field[]).find((k) => HEADINGS[k].accepted.includes(fold(String(cell ?? ''))));
    if (f && !columns.has(f)) columns.set(f, i);
  });
  for (const f of REQUIRED.filter((x) => !columns.has(x))) {
    errors.push({
      row: headingRow?.number ?? 1,
      field: f,
      column: HEADINGS[f].column,
      vi: `Thiếu cột “${HEADINGS[f].column}” ở dòng tiêu đề`,
      en: `the heading row lacks the column "${HEADINGS[f].column}" (${f})`,
    });
  }
  if (errors.length) throw new TargetImportRejected(errors);

  const targets: TargetInput[] = [];
  const names = new Map<string, number>();
  for (const { number: row, cells } of body) {
    const cell = (f: Field) => (columns.has(f) ? cells[columns.get(f)!] : undefined);
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
    const fail = (f: Field, vi: string, en: string) =>
      errors.push({
        row,
        field: f,
        column: HEADINGS[f].column,
        vi: `Dòng ${row}, cột “${HEADINGS[f].column}”: ${vi}`,
        en: `row ${row}, column "${HEADINGS[f].column}": ${en}`,
      });
    const name = cleanText(String(cell('name') ?? ''));
    const unit = cleanText(String(cell('unit') ?? ''));
    const targetValue = parseNumber(cell('targetValue'));
    const weight = parseNumber(cell('weight'));
    const direction = parseDirection(cell('direction'));
    if (!name) fail('name', 'hãy nhập tên chỉ tiêu', 'enter the target name');
    else if (names.has(unitKey(name)))
      fail(
        'name',
        `trùng với chỉ tiêu ở dòng ${names.get(unitKey(name))}`,
        `repeats the target of row ${names.get(unitKey(name))}`,
      );
    else names.set(unitKey(name), row);
    if (!unit)
      fail('unit', 'hãy nhập đơn vị tính (%, tỷ đồng, lượt khách, ...)', 'enter the unit of measure (%, tỷ đồng, ...)');
    if (targetValue === undefined || targetValue < 0)
      fail(
        'targetValue',
        'hãy nhập giá trị chỉ tiêu là số không âm (ví dụ 7,5)',
        'enter the target value as a non-negative number (e.g. 7.5)',
      );
    if (weight === undefined || weight < 0 || weight > WEIGHT_TOTAL)
      fail('weight', 'trọng số phải là số từ 0 đến 100', 'the weight must be a number from 0 to 100');
    if (!direction)
      fail(
        'direction',
        'ghi “cao hơn tốt hơn” hoặc “thấp hơn tốt hơn” (hoặc higher / lower), hoặc để trống',
        'write "higher" or "lower" (or the Vietnamese), or leave it empty',
      );
    const target: TargetInput = {
      name,
      unit,
      targetValue: targetValue ?? 0,
      weight: weight ?? 0,
      direction: direction ?? 'higher',
    };
    const failed = new Set(errors.filter((e) => e.row === row).map((e) => e.field));
    for (const f of check(target)) {
      if (f.field in HEADINGS && !failed.has(f.field)) fail(f.field as Field, f.vi, f.en);
      failed.add(f.field);
    }
    targets.push(target);
  }
  if (targets.length > MAX_TARGETS) {
    errors.push({
      field: 'targets',
      column: '',
      vi: `Tệp có ${targets.length} chỉ tiêu; một giao ước có tối đa ${MAX_TARGETS} chỉ tiêu`,
      en: `the file has ${targets.length} targets; a covenant has at most ${MAX_TARGETS}`,
    });
  }
  if (!errors.length && !targets.length) {
    errors.push({
      row: 2,
      field: 'name',
      column: HEADINGS.name.column,
      vi: 'Tệp không có dòng chỉ tiêu nào dưới dòng tiêu đề',
      en: 'the file has no target rows under the heading row',
    });
  }
  const total = targets.reduce((s, t) => s + t.weight, 0);
  if (!errors.length && Math.abs(total - WEIGHT_TOTAL) > 0.01) {
    const shown = Math.round(total * 100) / 100;
    errors.push({
      field: 'weight',
      column: HEADINGS.weight.column,
      vi: `Tổng cột “Trọng số” là ${String(shown).replace('.', ',')}, phải bằng 100; hãy điều chỉnh trọng số`,
      en: `the weights add up to ${shown}, they must add up to 100; adjust them`,
    });
  }
  if (errors.length) throw new TargetImportRejected(errors);
  return targets;
}

/**
 * Numbers as typed in Vietnamese spreadsheets: "7,5" and "2.460" (thousands) as well as "7.5".
 * A dot followed by groups of exactly three digits is a thousands separator.
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const raw = String(cell ?? '')
    .trim()
    .replace(/\s/g, '');
  if (!raw) return undefined;
  let text = raw;
  if (raw.includes(',') && raw.includes('.')) text = raw.replace(/\./g, '').replace(',', '.');
  else if (raw.includes(',')) text = raw.replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(raw)) text = raw.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function parseDirection(cell: Cell): Direction | undefined {
  const text = fold(String(cell ?? ''));
  if (!text) return 'higher';
  if (HIGHER.includes(text)) return 'higher';
  if (LOWER.includes(text)) return 'lower';
  return undefined;
}
