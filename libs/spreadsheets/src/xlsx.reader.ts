import { posix } from 'node:path';
import type { SpreadsheetLimits } from './limits';
import { RowCollector, parseRef, columnName } from './row-collector';
import type { Cell, SheetRow } from './sheet';
import { SpreadsheetLimitExceeded, UnreadableSpreadsheet } from './spreadsheet.errors';
import { attr, parseXmlPart } from './xml-part';
import { DateStyles, serialDate } from './xlsx-styles';
import { ZipParts } from './zip-parts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/**
 * The rows of the first worksheet of an XLSX file, read part by part as a stream: the workbook
 * and its relationships, the shared strings, the styles (for dates), then the sheet, each part
 * inflated under the byte limit and parsed as it inflates. Only cells present in the file cost
 * anything: a lone cell at Z2000 is one cell, not a 26 × 2000 rectangle.
 */
export async function readXlsx(file: Buffer, limits: SpreadsheetLimits): Promise<SheetRow[]> {
  const parts = await ZipParts.open(file, limits);
  try {
    const book = await workbook(parts);
    const strings = await sharedStrings(parts, book.sharedStrings, limits.maxSharedStrings);
    const styles = new DateStyles();
    if (book.styles) await parseXmlPart(parts, book.styles, styles);
    return await sheetRows(parts, book.sheet, { strings, styles, date1904: book.date1904, limits });
  } finally {
    parts.close();
  }
}

interface Book {
  sheet: string;
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

async function workbook(parts: ZipParts): Promise<Book> {
  const root = await relationships(parts, '');
  const bookPath = [...root.values()].find((r) => r.type === `${REL}officeDocument`)?.target ?? 'xl/workbook.xml';
  let firstSheetRel: string | undefined;
  let date1904 = false;
  const found = await parseXmlPart(parts, bookPath, {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name === 'sheet' && firstSheetRel === undefined) firstSheetRel = attr(attrs, 'id', true) ?? '';
    },
  });
  if (!found)
    throw new UnreadableSpreadsheet('Tệp .xlsx không có sổ tính (workbook)', 'the .xlsx file has no workbook part');
  const rels = await relationships(parts, bookPath);
  const sheet = firstSheetRel !== undefined ? rels.get(firstSheetRel)?.target : undefined;
  if (!sheet || !parts.has(sheet))
    throw new UnreadableSpreadsheet('Tệp .xlsx không có trang tính nào', 'the .xlsx file has no worksheet');
  const ofType = (t: string) => [...rels.values()].find((r) => r.type === REL + t)?.target;
  return { sheet, sharedStrings: ofType('sharedStrings'), styles: ofType('styles'), date1904 };
}

/** A part's relationships (`xl/_rels/workbook.xml.rels`), targets resolved to part names. */
async function relationships(parts: ZipParts, part: string): Promise<Map<string, { type: string; target: string }>> {
  const dir = posix.dirname(part);
  const relsPath = posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(part)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  await parseXmlPart(parts, relsPath, {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target || attrs.TargetMode === 'External') return;
      const target = attrs.Target.startsWith('/')
        ? attrs.Target.slice(1)
        : posix.normalize(posix.join(dir === '.' ? '' : dir, attrs.Target));
      out.set(attrs.Id, { type: attrs.Type ?? '', target });
    },
  });
  return out;
}

async function sharedStrings(parts: ZipParts, path: string | undefined, max: number): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parseXmlPart(parts, path, {
    open(name) {
      if (name === 'si') {
        if (strings.length >= max) throw new SpreadsheetLimitExceeded('maxSharedStrings', max, path);
        current = [];
      } else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = true;
    },
    text(t) {
      // the phonetic guide (rPh) is not part of the cell's text
      if (current && inText && phonetic === 0) current.push(t);
    },
    close(name) {
      if (name === 'si') {
        strings.push(current!.join(''));
        current = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
  });
  return strings;
}

interface SheetContext {
  strings: string[];
  styles: DateStyles;
  date1904: boolean;
  limits: SpreadsheetLimits;
}

async function sheetRows(parts: ZipParts, path: string, ctx: SheetContext): Promise<SheetRow[]> {
  const rows = new RowCollector(ctx.limits);
  let rowNumber = 0;
  let cells: Cell[] | undefined;
  let column = 0;
  let cell: { type: string; style: number; ref: string; value: string[]; inline: string[] } | undefined;
  let into: 'value' | 'inline' | undefined;
  let phonetic = 0;
  await parseXmlPart(parts, path, {
    open(name, attrs) {
      if (name === 'row') {
        rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1)
          throw new UnreadableSpreadsheet(`Số dòng “${attrs.r}” không hợp lệ`, `invalid row number "${attrs.r}"`);
        cells = [];
        column = 0;
      } else if (name === 'c' && cells) {
        const ref = attrs.r ? parseRef(attrs.r) : undefined;
        column = ref ? ref.column : column + 1;
        cell = {
          type: attrs.t ?? 'n',
          style: Number(attrs.s ?? 0),
          ref: attrs.r ?? `${columnName(column)}${rowNumber}`,
          value: [],
          inline: [],
        };
      } else if (cell && name === 'v') into = 'value';
      else if (cell && name === 'rPh') phonetic++;
      else if (cell && name === 't' && cell.type === 'inlineStr') into = 'inline';
    },
    text(t) {
      if (!cell || !into || phonetic > 0) return;
      (into === 'value' ? cell.value : cell.inline).push(t);
    },
    close(name) {
      if (name === 'v' || name === 't') into = undefined;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell && cells) {
        const value = cellValue(cell.type, cell.style, cell.value.join(''), cell.inline.join(''), ctx);
        if (value !== undefined && value !== '') {
          // an empty styled cell far to the right costs nothing; a value there is refused
          rows.checkColumn(column, cell.ref);
          cells[column - 1] = value;
        }
        cell = undefined;
      } else if (name === 'row' && cells) {
        rows.add(rowNumber, cells);
        cells = undefined;
      }
    },
  });
  return rows.rows;
}

function cellValue(type: string, style: number, v: string, inline: string, ctx: SheetContext): Cell {
  switch (type) {
    case 's':
      return ctx.strings[Number(v)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
      return v;
    case 'b':
      return v === '' ? '' : v === '1' || v === 'true' ? 'true' : 'false';
    case 'd':
      return v.slice(0, 10);
    default: {
      if (v === '') return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return ctx.styles.isDate(style) ? serialDate(n, ctx.date1904) : n;
    }
  }
}
