import { formatMoneyVnd } from './money';

describe('formatMoneyVnd', () => {
  it('writes amounts from the seed articles as the press does', () => {
    expect(formatMoneyVnd(4_290_000_000_000)).toBe('4.290 tỷ đồng'); // Sơn La budget revenue
    expect(formatMoneyVnd(51_700_000)).toBe('51,7 triệu đồng'); // Sơn La income per capita
    expect(formatMoneyVnd(2_460_000_000_000)).toBe('2.460 tỷ đồng'); // Hà Giang target
    expect(formatMoneyVnd(40_000_000)).toBe('40 triệu đồng'); // Hà Giang GRDP per capita
    expect(formatMoneyVnd(500_000_000)).toBe('500 triệu đồng'); // Giải Nhất công trình phúc lợi
    expect(formatMoneyVnd(350_000_000)).toBe('350 triệu đồng');
  });

  it('chooses the largest unit that keeps the number ≥ 1', () => {
    expect(formatMoneyVnd(1_000_000_000)).toBe('1 tỷ đồng');
    expect(formatMoneyVnd(1_500_000_000)).toBe('1,5 tỷ đồng');
    expect(formatMoneyVnd(999_000_000)).toBe('999 triệu đồng'); // 0,999 tỷ is not ≥ 1
    expect(formatMoneyVnd(999_990_000)).toBe('999,99 triệu đồng');
    expect(formatMoneyVnd(500_000)).toBe('500 nghìn đồng');
    expect(formatMoneyVnd(1_000)).toBe('1 nghìn đồng');
    expect(formatMoneyVnd(500)).toBe('500 đồng');
    expect(formatMoneyVnd(0)).toBe('0 đồng');
  });

  it('keeps at most 2 decimals, trailing zeros dropped', () => {
    expect(formatMoneyVnd(1_234_567_890)).toBe('1,23 tỷ đồng');
    expect(formatMoneyVnd(12_345_000)).toBe('12,35 triệu đồng');
    expect(formatMoneyVnd(51_700_001)).toBe('51,7 triệu đồng');
    expect(formatMoneyVnd(1_000_000_000_000_000)).toBe('1.000.000 tỷ đồng');
  });

  it('moves up a unit when rounding reaches it', () => {
    expect(formatMoneyVnd(999_999_999)).toBe('1 tỷ đồng');
    expect(formatMoneyVnd(999_999)).toBe('1 triệu đồng');
    expect(formatMoneyVnd(999.6)).toBe('1 nghìn đồng');
  });

  it('writes negative amounts with a minus', () => {
    expect(formatMoneyVnd(-51_700_000)).toBe('-51,7 triệu đồng');
    expect(formatMoneyVnd(-0.2)).toBe('0 đồng');
  });

  it('refuses non-finite amounts', () => {
    expect(() => formatMoneyVnd(Number.NaN)).toThrow(RangeError);
  });
});
