import { compareVietnamese, sortVietnamese, vietnameseCollator } from './collation';

describe('Vietnamese collation', () => {
  it('orders surnames as a Vietnamese dictionary does (Ă/Â after A, Đ after D, Ô/Ơ after O)', () => {
    const surnames = ['Vũ', 'Đỗ', 'Ông', 'An', 'Trần', 'Dương', 'Âu', 'Hoàng', 'Đặng', 'Bùi', 'Hà', 'Phạm', 'Lê', 'Vi'];
    expect(sortVietnamese(surnames)).toEqual([
      'An',
      'Âu',
      'Bùi',
      'Dương',
      'Đặng',
      'Đỗ',
      'Hà',
      'Hoàng',
      'Lê',
      'Ông',
      'Phạm',
      'Trần',
      'Vi',
      'Vũ',
    ]);
    // code-point order would put Â and Đ after Z
    expect([...surnames].sort()).not.toEqual(sortVietnamese(surnames));
  });

  it('orders the letter variants A < Ă < Â, D < Đ, E < Ê, O < Ô < Ơ, U < Ư', () => {
    expect(sortVietnamese(['Ân Thi', 'Ăn', 'Anh'])).toEqual(['Anh', 'Ăn', 'Ân Thi']);
    expect(sortVietnamese(['Ơn', 'Ông', 'Oanh'])).toEqual(['Oanh', 'Ông', 'Ơn']);
    expect(sortVietnamese(['Ưng', 'Uyên'])).toEqual(['Uyên', 'Ưng']);
    expect(sortVietnamese(['Ê', 'Em'])).toEqual(['Em', 'Ê']);
    expect(compareVietnamese('Điện Biên', 'Dương Minh Châu')).toBeGreaterThan(0);
    expect(compareVietnamese('Đồng Văn', 'Yên Minh')).toBeLessThan(0);
  });

  it('sorts the people of the seed articles by full name', () => {
    const people = [
      { name: 'Vi Đức Thọ' },
      { name: 'Tráng Thị Xuân' },
      { name: 'Nguyễn Thái Hưng' },
      { name: 'Hoàng Gia Long' },
      { name: 'Chúng Thị Chiên' },
      { name: 'Hà Thị Minh Hạnh' },
      { name: 'Vàng Seo Cón' },
      { name: 'Nguyễn Văn Sơn' },
    ];
    expect(sortVietnamese(people, (p) => p.name).map((p) => p.name)).toEqual([
      'Chúng Thị Chiên',
      'Hà Thị Minh Hạnh',
      'Hoàng Gia Long',
      'Nguyễn Thái Hưng',
      'Nguyễn Văn Sơn',
      'Tráng Thị Xuân',
      'Vàng Seo Cón',
      'Vi Đức Thọ',
    ]);
  });

  it('sorts Hà Giang districts', () => {
    const districts = [
      'Xín Mần',
      'Bắc Quang',
      'Đồng Văn',
      'Quang Bình',
      'Mèo Vạc',
      'Bắc Mê',
      'Vị Xuyên',
      'Hoàng Su Phì',
      'Quản Bạ',
      'Yên Minh',
    ];
    expect(sortVietnamese(districts)).toEqual([
      'Bắc Mê',
      'Bắc Quang',
      'Đồng Văn',
      'Hoàng Su Phì',
      'Mèo Vạc',
      'Quản Bạ',
      'Quang Bình',
      'Vị Xuyên',
      'Xín Mần',
      'Yên Minh',
    ]);
  });

  it('compares numbers inside names numerically', () => {
    expect(sortVietnamese(['Khối thi đua số 10', 'Khối thi đua số 2'])).toEqual([
      'Khối thi đua số 2',
      'Khối thi đua số 10',
    ]);
  });

  it('treats composed and decomposed spellings as equal', () => {
    expect(compareVietnamese('Nguye\u0302\u0303n', 'Nguyễn')).toBe(0);
    expect(vietnameseCollator.resolvedOptions().locale).toBe('vi');
  });

  it('returns a stable, sorted copy and leaves the input alone', () => {
    const input = [
      { id: 1, name: 'Đỗ' },
      { id: 2, name: 'An' },
      { id: 3, name: 'Đỗ' },
    ];
    const sorted = sortVietnamese(input, (x) => x.name);
    expect(sorted.map((x) => x.id)).toEqual([2, 1, 3]);
    expect(input.map((x) => x.id)).toEqual([1, 2, 3]);
  });
});
