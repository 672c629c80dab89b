import { formatCount, formatNumber, formatPercent } from './numbers';

describe('formatNumber', () => {
  it('groups thousands with "." and writes decimals with ","', () => {
    expect(formatNumber(4290)).toBe('4.290'); // 4.290 tỷ đồng (Sơn La)
    expect(formatNumber(3466)).toBe('3.466'); // 3.466 tập thể, cá nhân (Hà Giang)
    expect(formatNumber(1597)).toBe('1.597'); // 1.597 cá nhân (Ninh Thuận)
    expect(formatNumber(51.7)).toBe('51,7');
    expect(formatNumber(186.8)).toBe('186,8');
    expect(formatNumber(1234567.891, { decimals: 2 })).toBe('1.234.567,89');
  });

  it('groups 4-digit numbers (no minimum-grouping quirk)', () => {
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(2460)).toBe('2.460');
  });

  it('leaves small numbers alone and drops trailing zeros', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(938)).toBe('938');
    expect(formatNumber(7.5)).toBe('7,5');
    expect(formatNumber(7.5, { decimals: 3 })).toBe('7,5');
    expect(formatNumber(7, { decimals: 2 })).toBe('7');
  });

  it('caps decimals at 2 by default, rounding', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(14.4149)).toBe('14,41');
    expect(formatNumber(2.345, { decimals: 0 })).toBe('2');
  });

  it('writes negatives with a minus and never "-0"', () => {
    expect(formatNumber(-4290.5)).toBe('-4.290,5');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
  });

  it('refuses non-finite numbers and bad decimals', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('takes the percent value and writes it with "," and no space', () => {
    expect(formatPercent(14.41)).toBe('14,41%'); // tỷ lệ hộ nghèo giảm còn 14,41% (Sơn La)
    expect(formatPercent(7.5)).toBe('7,5%'); // tăng trưởng GRDP 7,5% (Hà Giang)
    expect(formatPercent(4.4)).toBe('4,4%');
    expect(formatPercent(90)).toBe('90%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('honours decimals', () => {
    expect(formatPercent(33.3333, { decimals: 1 })).toBe('33,3%');
  });
});

describe('formatCount', () => {
  it('groups thousands and keeps the noun (seed: Bằng khen cho 938 tập thể, 1.597 cá nhân)', () => {
    expect(formatCount(1597, 'cá nhân')).toBe('1.597 cá nhân');
    expect(formatCount(938, ' tập thể ')).toBe('938 tập thể');
    expect(formatCount(7, 'tập thể')).toBe('7 tập thể');
  });

  it('refuses what is not a count', () => {
    expect(() => formatCount(1.5, 'cá nhân')).toThrow(RangeError);
    expect(() => formatCount(-1, 'cá nhân')).toThrow(RangeError);
  });
});
