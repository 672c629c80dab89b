import { foldDiacritics } from './fold';

describe('foldDiacritics', () => {
  it('lower-cases and strips diacritics, mapping đ to d', () => {
    expect(foldDiacritics('Hà Giang')).toBe('ha giang');
    expect(foldDiacritics('Đoàn kết')).toBe('doan ket');
    expect(foldDiacritics('Nguyễn Thái Hưng')).toBe('nguyen thai hung');
    expect(foldDiacritics('Ủy ban MTTQ Việt Nam tỉnh')).toBe('uy ban mttq viet nam tinh');
    expect(foldDiacritics('Vi Đức Thọ')).toBe('vi duc tho');
    expect(foldDiacritics('Ơn Ưng Ăn Ân Ê Ô')).toBe('on ung an an e o');
  });

  it('folds composed and decomposed input alike', () => {
    expect(foldDiacritics('\u0110oa\u0300n ke\u0302\u0301t')).toBe('doan ket');
    expect(foldDiacritics('Sơn La'.normalize('NFD'))).toBe(foldDiacritics('Sơn La'));
  });

  it('lets a search without accents find the name', () => {
    const names = ['Tráng Thị Xuân', 'Chúng Thị Chiên', 'Hà Thị Minh Hạnh'];
    const q = foldDiacritics('thi minh hanh');
    expect(names.filter((n) => foldDiacritics(n).includes(q))).toEqual(['Hà Thị Minh Hạnh']);
  });
});
