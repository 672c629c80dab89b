import ExcelJS from 'exceljs';
import { bombXlsx, sparseXlsx, wideXlsx, xlsxOf, zipOf } from '@tdkt/testing';
import { DEFAULT_LIMITS } from './limits';
import { readSpreadsheet } from './read-spreadsheet';
import { SpreadsheetLimitExceeded, UnreadableSpreadsheet } from './spreadsheet.errors';

/** Runs `read`, expecting it to fail with a limit; returns the error, the time and the heap growth. */
async function refused(read: () => Promise<unknown>) {
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const error = await read().then(
    () => undefined,
    (e: unknown) => e,
  );
  return {
    error: error as SpreadsheetLimitExceeded,
    ms: performance.now() - started,
    heapMb: (process.memoryUsage().heapUsed - heap) / 2 ** 20,
  };
}

describe('readSpreadsheet: XLSX', () => {
  it('reads the first sheet of a workbook Excel would write: strings, numbers, formulas, dates, rich text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Chỉ tiêu');
    book.addWorksheet('Khác').addRow(['not this one']);
    sheet.addRow(['Tên chỉ tiêu', 'Giá trị', 'Ngày', 'Đạt']);
    sheet.addRow(['Tăng trưởng GRDP', 7.5, new Date(Date.UTC(2024, 1, 29)), true]);
    sheet.addRow([
      { richText: [{ text: 'Thu ' }, { text: 'ngân sách', font: { bold: true } }] },
      { formula: '100-60', result: 40 },
    ]);
    sheet.getCell('B5').value = 'xa';
    const rows = await readSpreadsheet(Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { number: 1, cells: ['Tên chỉ tiêu', 'Giá trị', 'Ngày', 'Đạt'] },
      { number: 2, cells: ['Tăng trưởng GRDP', 7.5, '2024-02-29', 'true'] },
      { number: 3, cells: ['Thu ngân sách', 40] },
      { number: 5, cells: [undefined, 'xa'] },
    ]);
  });

  it('reads a sparse sheet (A1 and Z2000) at the cost of its two cells, not of 26 × 2000', async () => {
    const started = performance.now();
    const rows = await readSpreadsheet(sparseXlsx());
    expect(performance.now() - started).toBeLessThan(2000);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ number: 2000 });
    expect(rows[1]!.cells[25]).toBe(1);
  });

  it('refuses 2,000 rows with a cell in column 5000 at the first such cell, fast and without building the rectangle', async () => {
    const r = await refused(() => readSpreadsheet(wideXlsx()));
    expect(r.error).toBeInstanceOf(SpreadsheetLimitExceeded);
    expect(r.error).toMatchObject({ limit: 'maxColumns', max: DEFAULT_LIMITS.maxColumns, at: 'GJH1', status: 422 });
    expect(r.ms).toBeLessThan(5000);
    expect(r.heapMb).toBeLessThan(100);
  });

  it('stops inflating a 1 GiB zip bomb at the byte limit, whatever size its headers declare', async () => {
    for (const declared of [undefined, 1000]) {
      const file = bombXlsx(1024, declared);
      expect(file.length).toBeLessThan(2 * 2 ** 20);
      const r = await refused(() => readSpreadsheet(file, { limits: { maxEntryBytes: 8 * 2 ** 20 } }));
      expect(r.error).toBeInstanceOf(SpreadsheetLimitExceeded);
      expect(r.error).toMatchObject({
        limit: 'maxEntryBytes',
        max: 8 * 2 ** 20,
        at: 'xl/worksheets/sheet1.xml',
        status: 413,
      });
      expect(r.ms).toBeLessThan(5000);
      expect(r.heapMb).toBeLessThan(200);
    }
  });

  it('refuses too many zip entries, rows and cells', async () => {
    const many = zipOf(Array.from({ length: 300 }, (_, i) => ({ name: `p${i}.xml`, data: '<a/>' })));
    await expect(readSpreadsheet(many)).rejects.toMatchObject({ limit: 'maxEntries', max: 200, status: 413 });
    const rows = Array.from({ length: 12 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(
      '',
    );
    await expect(readSpreadsheet(xlsxOf(rows), { limits: { maxRows: 10 } })).rejects.toMatchObject({
      limit: 'maxRows',
      max: 10,
      at: '11',
      status: 422,
    });
    // cells count each row's width up to its last value: 6 rows reaching column D are 24 cells
    const cells = Array.from({ length: 6 }, (_, i) => `<row r="${i + 1}"><c r="D${i + 1}"><v>1</v></c></row>`).join('');
    await expect(readSpreadsheet(xlsxOf(cells), { limits: { maxCells: 20 } })).rejects.toMatchObject({
      limit: 'maxCells',
      max: 20,
      at: '6',
    });
  });

  it('refuses a zip that names one part twice (which one a reader takes is ambiguous)', async () => {
    const twice = xlsxOf('<row r="1"><c r="A1"><v>1</v></c></row>', [{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    await expect(readSpreadsheet(twice)).rejects.toBeInstanceOf(UnreadableSpreadsheet);
  });

  it('refuses too many shared strings as they are read', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('a');
    for (let i = 0; i < 30; i++) sheet.addRow([`chuỗi ${i}`]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    await expect(readSpreadsheet(file, { limits: { maxSharedStrings: 20 } })).rejects.toMatchObject({
      limit: 'maxSharedStrings',
      max: 20,
    });
    expect(await readSpreadsheet(file, { limits: { maxSharedStrings: 30 } })).toHaveLength(30);
  });

  it('calls a file that is not a workbook unreadable', async () => {
    await expect(readSpreadsheet(Buffer.from('not a workbook'), { format: 'xlsx' })).rejects.toBeInstanceOf(
      UnreadableSpreadsheet,
    );
    await expect(readSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).rejects.toThrow(/\.xls/);
    await expect(readSpreadsheet(xlsxOf('<row><c><v>1</v></row>'))).rejects.toBeInstanceOf(UnreadableSpreadsheet);
  });
});

describe('readSpreadsheet: CSV', () => {
  it('reads ";" or "," separated UTF-8 with a BOM, numbering rows by line and skipping blank lines', async () => {
    const rows = await readSpreadsheet(Buffer.from('\uFEFFTên;Giá trị\nGRDP;7,5\n\n Thu ngân sách ;2.460\n'));
    expect(rows).toEqual([
      { number: 1, cells: ['Tên', 'Giá trị'] },
      { number: 2, cells: ['GRDP', '7,5'] },
      { number: 4, cells: ['Thu ngân sách', '2.460'] },
    ]);
    expect((await readSpreadsheet(Buffer.from('a,"b,c"\n1,2\n')))[0]!.cells).toEqual(['a', 'b,c']);
  });

  it('refuses too many rows and too many columns, and stops at the first one', async () => {
    const long = Buffer.from('a,b\n'.repeat(200_000));
    const r = await refused(() => readSpreadsheet(long, { limits: { maxRows: 100 } }));
    expect(r.error).toMatchObject({ limit: 'maxRows', max: 100, at: '101' });
    expect(r.ms).toBeLessThan(5000);
    const wide = Buffer.from(`${'x,'.repeat(60)}x\n`);
    await expect(readSpreadsheet(wide)).rejects.toMatchObject({ limit: 'maxColumns', max: 50, at: 'BI1' });
    // trailing empty fields (Excel's used range) do not count
    expect(await readSpreadsheet(Buffer.from(`a,b${','.repeat(80)}\n`))).toEqual([{ number: 1, cells: ['a', 'b'] }]);
  });

  it('refuses what is not UTF-8 text', async () => {
    await expect(readSpreadsheet(Buffer.from([0x54, 0xea, 0x6e, 0x0a]))).rejects.toBeInstanceOf(UnreadableSpreadsheet);
    await expect(readSpreadsheet(Buffer.alloc(0))).rejects.toThrow('the file is empty');
  });
});
