import * as vi from './index';

describe('@tdkt/vietnamese public API', () => {
  it('exports every helper', () => {
    for (const name of [
      'nfc',
      'cleanText',
      'localParts',
      'localDate',
      'localTime',
      'formatNumber',
      'formatPercent',
      'formatMoneyVnd',
      'pressDate',
      'officialDate',
      'partOfDay',
      'partOfDayForHour',
      'quote',
      'typographicQuotes',
      'compareVietnamese',
      'sortVietnamese',
      'foldDiacritics',
      'personWithTitles',
      'joinList',
      'sentence',
    ]) {
      expect(typeof (vi as Record<string, unknown>)[name]).toBe('function');
    }
    expect(vi.vietnameseCollator).toBeInstanceOf(Intl.Collator);
    expect(vi.DEFAULT_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it('writes a lead sentence from the Sơn La article', () => {
    const lead = vi.sentence(
      `${vi.pressDate('2024-02-29T02:00:00Z')}, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024`,
    );
    expect(lead).toBe(
      'Ngày 29/2, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.',
    );
    const results = `Năm 2023, tổng thu ngân sách trên địa bàn tỉnh đạt ${vi.formatMoneyVnd(4_290_000_000_000)}; tỷ lệ hộ nghèo giảm còn ${vi.formatPercent(14.41)}`;
    expect(vi.sentence(results)).toBe(
      'Năm 2023, tổng thu ngân sách trên địa bàn tỉnh đạt 4.290 tỷ đồng; tỷ lệ hộ nghèo giảm còn 14,41%.',
    );
  });
});
