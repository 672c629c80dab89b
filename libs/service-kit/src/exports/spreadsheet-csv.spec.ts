import { parse } from 'csv-parse/sync';
import { spreadsheetCsv } from './spreadsheet-csv';

const cells = (b: Buffer): string[][] => parse(b.toString('utf8').replace(/^\ufeff/, ''));

describe('spreadsheetCsv', () => {
  it('neutralises every cell a spreadsheet would read as a formula', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1', '－1'];
    const [row] = cells(spreadsheetCsv([hostile]));
    expect(row).toEqual(hostile.map((c) => `'${c}`));
  });

  it('leaves names, a hyphen inside a name, and real numbers alone', () => {
    const b = spreadsheetCsv([
      ['STT', 'Họ và tên'],
      [1, 'Nguyễn Thị Hồng-Nhung'],
      [-2, 'Lò Văn A, Chủ tịch UBND xã'],
      [3.5, ''],
    ]);
    expect(b.subarray(0, 3)).toEqual(Buffer.from('\ufeff'));
    expect(cells(b)).toEqual([
      ['STT', 'Họ và tên'],
      ['1', 'Nguyễn Thị Hồng-Nhung'],
      ['-2', 'Lò Văn A, Chủ tịch UBND xã'],
      ['3.5', ''],
    ]);
  });
});
