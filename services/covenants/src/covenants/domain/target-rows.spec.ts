import { TargetImportRejected } from './covenant.errors';
import { parseNumber, targetsFromRows } from './target-rows';

const heading = ['Tên chỉ tiêu', 'Đơn vị tính', 'Giá trị', 'Chiều', 'Trọng số'];

/** rows as a sheet numbers them, from 1 */
const numbered = (rows: (string | number | null)[][]) => rows.map((cells, i) => ({ number: i + 1, cells }));

const rejected = (rows: (string | number | null)[][]) => {
  try {
    targetsFromRows(numbered(rows));
  } catch (e) {
    if (e instanceof TargetImportRejected) return e.rows;
    throw e;
  }
  throw new Error('expected the import to be rejected');
};

describe('targetsFromRows', () => {
  it('reads Vietnamese headings and numbers', () => {
    expect(
      targetsFromRows(
        numbered([
          heading,
          ['Tăng trưởng GRDP', '%', '7,5', 'cao hơn tốt hơn', 40],
          ['Thu ngân sách', 'tỷ đồng', '2.460', '', '35'],
          [null, null, null, null, null],
          ['Tỷ lệ hộ nghèo', '%', 4.4, 'Thấp hơn tốt hơn', '25'],
        ]),
      ),
    ).toEqual([
      { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5, direction: 'higher', weight: 40 },
      { name: 'Thu ngân sách', unit: 'tỷ đồng', targetValue: 2460, direction: 'higher', weight: 35 },
      { name: 'Tỷ lệ hộ nghèo', unit: '%', targetValue: 4.4, direction: 'lower', weight: 25 },
    ]);
  });

  it('accepts English headings in any order', () => {
    expect(
      targetsFromRows(
        numbered([
          ['weight', 'name', 'unit', 'target value'],
          [100, 'GRDP', '%', 7],
        ]),
      ),
    ).toEqual([{ name: 'GRDP', unit: '%', targetValue: 7, direction: 'higher', weight: 100 }]);
  });

  it('reports every bad row with its row number and column', () => {
    const errors = rejected([
      heading,
      ['Tăng trưởng GRDP', '', '7,5', '', 40],
      ['Thu ngân sách', 'tỷ đồng', 'nhiều', 'lên', 140],
      ['Tăng trưởng GRDP', '%', 1, '', 10],
    ]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'unit'],
      [3, 'targetValue'],
      [3, 'weight'],
      [3, 'direction'],
      [4, 'name'],
    ]);
    expect(errors[0]!.vi).toBe('Dòng 2, cột “Đơn vị tính”: hãy nhập đơn vị tính (%, tỷ đồng, lượt khách, ...)');
    expect(errors[0]!.en).toContain('row 2');
  });

  it('names a missing column', () => {
    expect(
      rejected([
        ['Tên chỉ tiêu', 'Giá trị', 'Trọng số'],
        ['GRDP', 7, 100],
      ]),
    ).toEqual([expect.objectContaining({ row: 1, field: 'unit', column: 'Đơn vị tính' })]);
  });

  it('refuses weights that do not add up to 100', () => {
    const [error] = rejected([heading, ['A', '%', 1, '', 60], ['B', '%', 1, '', 30]]);
    expect(error).toMatchObject({ field: 'weight' });
    expect(error!.row).toBeUndefined();
    expect(error!.vi).toContain('là 90, phải bằng 100');
  });
});

describe('parseNumber', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['2.460', 2460],
    ['1.234.567,8', 1234567.8],
    ['40', 40],
    [' 3,2 ', 3.2],
    ['abc', undefined],
    ['', undefined],
  ])('%p → %p', (text, n) => expect(parseNumber(text)).toBe(n));
});
