import { SpreadsheetLimitExceeded } from './spreadsheet.errors';
import { spreadsheetProblem } from './spreadsheet-problem';

describe('spreadsheetProblem', () => {
  it('answers a byte limit with 413 and a shape limit with 422, naming the limit and its value in both languages', () => {
    const bytes = spreadsheetProblem(
      new SpreadsheetLimitExceeded('maxEntryBytes', 16 * 2 ** 20, 'xl/worksheets/sheet1.xml'),
    )!;
    expect(bytes).toMatchObject({
      status: 413,
      type: 'spreadsheet-limit-exceeded',
      errors: [{ field: 'file', code: 'maxEntryBytes' }],
    });
    expect(bytes.vi.detail).toBe(
      'Tệp vượt quá giới hạn dung lượng giải nén của một phần trong tệp .xlsx (byte): tối đa 16.777.216 (tại xl/worksheets/sheet1.xml). Hãy chia nhỏ hoặc rút gọn tệp rồi tải lên lại.',
    );
    expect(bytes.en.detail).toContain('at most 16777216 (at xl/worksheets/sheet1.xml) (maxEntryBytes)');
    const columns = spreadsheetProblem(new SpreadsheetLimitExceeded('maxColumns', 50, 'GJH1'))!;
    expect(columns.status).toBe(422);
    expect(columns.vi.detail).toContain('số cột: tối đa 50 (tại GJH1)');
    expect(spreadsheetProblem(new SpreadsheetLimitExceeded('maxRows', 10))?.status).toBe(422);
  });

  it('leaves every other error to the service', () => {
    expect(spreadsheetProblem(new Error('x'))).toBeUndefined();
  });
});
