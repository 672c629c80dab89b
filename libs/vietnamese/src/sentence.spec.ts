import { sentence } from './sentence';

describe('sentence', () => {
  it('trims, capitalises and adds the final period', () => {
    expect(sentence('  hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 ')).toBe(
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.',
    );
    expect(sentence('đồng chí Tráng Thị Xuân phát biểu tại hội nghị')).toBe(
      'Đồng chí Tráng Thị Xuân phát biểu tại hội nghị.',
    );
    expect(sentence('ủy ban MTTQ tỉnh hưởng ứng')).toBe('Ủy ban MTTQ tỉnh hưởng ứng.');
  });

  it('keeps exactly one final period', () => {
    expect(sentence('Các đại biểu dự hội nghị.')).toBe('Các đại biểu dự hội nghị.');
    expect(sentence('Các đại biểu dự hội nghị..')).toBe('Các đại biểu dự hội nghị.');
    expect(sentence('Các đại biểu dự hội nghị ,')).toBe('Các đại biểu dự hội nghị.');
    expect(sentence('gồm:')).toBe('Gồm.');
  });

  it('leaves ?, !, … and quoted punctuation alone', () => {
    expect(sentence('Thi đua là yêu nước!')).toBe('Thi đua là yêu nước!');
    expect(sentence('vì sao?')).toBe('Vì sao?');
    expect(sentence('các danh hiệu cao quý khác…')).toBe('Các danh hiệu cao quý khác…');
    expect(sentence('Đại hội Đảng bộ tỉnh khóa XVII ...')).toBe('Đại hội Đảng bộ tỉnh khóa XVII ...');
    expect(sentence('Bác dạy “Thi đua là yêu nước, yêu nước thì phải thi đua.”')).toBe(
      'Bác dạy “Thi đua là yêu nước, yêu nước thì phải thi đua.”',
    );
    expect(sentence('“Dân vận khéo”…')).toBe('“Dân vận khéo”…');
  });

  it('puts the period after a closing quote that has no punctuation of its own', () => {
    expect(sentence('phát động phong trào thi đua năm 2024 với chủ đề “Đoàn kết, sáng tạo”')).toBe(
      'Phát động phong trào thi đua năm 2024 với chủ đề “Đoàn kết, sáng tạo”.',
    );
  });

  it('capitalises the first letter after opening quotes, but not after a number', () => {
    expect(sentence('“dân vận khéo” được nhân rộng')).toBe('“Dân vận khéo” được nhân rộng.');
    expect(sentence('3.466 tập thể, cá nhân được khen thưởng')).toBe('3.466 tập thể, cá nhân được khen thưởng.');
  });

  it('keeps the government portal ending "./."', () => {
    expect(sentence('Hội nghị kết thúc./.')).toBe('Hội nghị kết thúc./.');
  });

  it('returns "" for blank input and NFC always', () => {
    expect(sentence('   ')).toBe('');
    expect(sentence('đoàn kết'.normalize('NFD'))).toBe('Đoàn kết.');
  });
});
