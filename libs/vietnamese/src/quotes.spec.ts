import { quote, typographicQuotes } from './quotes';

describe('quote', () => {
  it('wraps movement names and themes in typographic quotes', () => {
    expect(quote('Dân vận khéo')).toBe('“Dân vận khéo”');
    expect(quote('Thi đua là yêu nước, yêu nước thì phải thi đua')).toBe(
      '“Thi đua là yêu nước, yêu nước thì phải thi đua”',
    );
  });

  it('trims', () => {
    expect(quote('  Chung sức xây dựng nông thôn mới \n')).toBe('“Chung sức xây dựng nông thôn mới”');
  });

  it('does not double-wrap text that is already quoted', () => {
    expect(quote('"Nhà giáo ưu tú"')).toBe('“Nhà giáo ưu tú”'); // as the Sơn La article typed it
    expect(quote('“Dân vận khéo”')).toBe('“Dân vận khéo”');
    expect(
      quote('“Đoàn kết, đổi mới, sáng tạo, linh hoạt trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 ”'),
    ).toBe('“Đoàn kết, đổi mới, sáng tạo, linh hoạt trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024”');
  });

  it('turns straight inner quotes into typographic ones', () => {
    expect(quote('Tiếp tục thực hiện lời dạy "Thi đua là yêu nước"')).toBe(
      '“Tiếp tục thực hiện lời dạy “Thi đua là yêu nước””',
    );
    // starts and ends with a quote but is not wholly quoted: keep both inner pairs
    expect(quote('"Dân vận khéo" và "Chuyển đổi số"')).toBe('““Dân vận khéo” và “Chuyển đổi số””');
  });

  it('returns NFC', () => {
    expect(quote('Da\u0302n va\u0323\u0302n khe\u0301o')).toBe('“Dân vận khéo”');
  });
});

describe('typographicQuotes', () => {
  it('converts pairs left to right', () => {
    expect(typographicQuotes('danh hiệu "Nhà giáo ưu tú", Huy hiệu "Vì sự nghiệp phát triển tỉnh Hà Giang"')).toBe(
      'danh hiệu “Nhà giáo ưu tú”, Huy hiệu “Vì sự nghiệp phát triển tỉnh Hà Giang”',
    );
  });

  it('places a stray quote by context', () => {
    expect(typographicQuotes('phong trào "Dân vận khéo')).toBe('phong trào “Dân vận khéo');
    expect(typographicQuotes('a "b" c"')).toBe('a “b” c”');
  });
});
