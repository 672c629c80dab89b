import { joinList, personWithTitles } from './lists';

describe('personWithTitles', () => {
  it('writes a person with their titles as in attendee lists', () => {
    expect(personWithTitles('Nguyễn Thái Hưng', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'])).toBe(
      'Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh',
    );
    expect(
      personWithTitles('Trần Quốc Nam', ['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh']),
    ).toBe('Trần Quốc Nam, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh');
  });

  it('trims, drops empty titles and never doubles commas', () => {
    expect(personWithTitles('  Nguyễn Văn Sơn ', ['', ' Phó Bí thư Tỉnh ủy,', '  ', ', Chủ tịch UBND  tỉnh '])).toBe(
      'Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    );
    expect(personWithTitles('Vàng Seo Cón', [])).toBe('Vàng Seo Cón');
    expect(personWithTitles('Vàng Seo Cón')).toBe('Vàng Seo Cón');
  });

  it('returns NFC', () => {
    expect(personWithTitles('Nguyễn Thái Hưng'.normalize('NFD'), ['Chủ tịch HĐND tỉnh'.normalize('NFD')])).toBe(
      'Nguyễn Thái Hưng, Chủ tịch HĐND tỉnh',
    );
  });
});

describe('joinList', () => {
  it('joins with commas and "và", no comma before the conjunction', () => {
    expect(joinList(['Nhà giáo ưu tú', 'Cờ thi đua của Chính phủ', 'Bằng khen của Thủ tướng Chính phủ'])).toBe(
      'Nhà giáo ưu tú, Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng Chính phủ',
    );
    expect(joinList(['Bắc Quang', 'Quang Bình'])).toBe('Bắc Quang và Quang Bình');
    expect(joinList(['Sơn La'])).toBe('Sơn La');
    expect(joinList([])).toBe('');
  });

  it('drops empty items and accepts another conjunction', () => {
    expect(joinList([' tập thể ', '', 'cá nhân', '  '])).toBe('tập thể và cá nhân');
    expect(joinList(['trực tiếp', 'trực tuyến'], 'hoặc')).toBe('trực tiếp hoặc trực tuyến');
  });
});
