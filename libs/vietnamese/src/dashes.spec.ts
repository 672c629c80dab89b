import { normalizeDashes } from './dashes';

describe('dashes in compound names', () => {
  it('writes an en dash, an em dash or a minus sign as the spaced hyphen of the articles', () => {
    expect(normalizeDashes('Ban Thi đua – Khen thưởng')).toBe('Ban Thi đua - Khen thưởng');
    expect(normalizeDashes('Hội đồng Thi đua—Khen thưởng tỉnh')).toBe('Hội đồng Thi đua - Khen thưởng tỉnh');
    expect(normalizeDashes('Hội trường HĐND  -  UBND tỉnh')).toBe('Hội trường HĐND - UBND tỉnh');
  });

  it('leaves a hyphen inside a range alone', () => {
    expect(normalizeDashes('giai đoạn 2021-2025')).toBe('giai đoạn 2021-2025');
  });
});
