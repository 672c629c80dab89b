import { splitUnit, unitInSentence, unitList } from './admin-units';

describe('administrative units inside a sentence (docs/domain.md#the-news-article, style rules)', () => {
  it('writes the unit noun in lower case: "tỉnh Hà Giang", "UBND huyện Bắc Quang"', () => {
    expect(unitInSentence('Tỉnh Hà Giang')).toBe('tỉnh Hà Giang');
    expect(unitInSentence('Thành phố Hà Giang')).toBe('thành phố Hà Giang');
    expect(unitInSentence('UBND Huyện Bắc Quang')).toBe('UBND huyện Bắc Quang');
    expect(unitInSentence('Thị xã Sa Pa')).toBe('thị xã Sa Pa');
  });

  it('leaves proper nouns that begin with the same word, and other bodies, alone', () => {
    expect(unitInSentence('Tỉnh ủy Sơn La')).toBe('Tỉnh ủy Sơn La');
    expect(unitInSentence('Huyện ủy Bắc Quang')).toBe('Huyện ủy Bắc Quang');
    expect(unitInSentence('Sở Nội vụ')).toBe('Sở Nội vụ');
    expect(unitInSentence('UBND tỉnh Sơn La')).toBe('UBND tỉnh Sơn La');
  });

  it('splits a bare unit into its noun and its name', () => {
    expect(splitUnit('Tỉnh Lạng Sơn')).toEqual({ noun: 'tỉnh', proper: 'Lạng Sơn' });
    expect(splitUnit('UBND tỉnh Lạng Sơn')).toBeUndefined();
  });

  it('says the noun once for a list of one kind: "các tỉnh Hà Giang, Cao Bằng và Lạng Sơn"', () => {
    expect(unitList(['Tỉnh Hà Giang', 'Tỉnh Cao Bằng', 'Tỉnh Lạng Sơn'])).toBe(
      'các tỉnh Hà Giang, Cao Bằng và Lạng Sơn',
    );
    expect(unitList(['Tỉnh Hà Giang'])).toBe('tỉnh Hà Giang');
    expect(unitList([])).toBe('');
  });

  it('groups mixed kinds by kind, and keeps other bodies as they are', () => {
    expect(unitList(['Tỉnh Hà Giang', 'Thành phố Hải Phòng', 'Tỉnh Cao Bằng'])).toBe(
      'các tỉnh Hà Giang, Cao Bằng và thành phố Hải Phòng',
    );
    expect(unitList(['Huyện Bắc Quang', 'Huyện Quang Bình', 'Thành phố Hà Giang'])).toBe(
      'các huyện Bắc Quang, Quang Bình và thành phố Hà Giang',
    );
    expect(unitList(['Sở Nội vụ', 'Sở Tài chính'])).toBe('Sở Nội vụ và Sở Tài chính');
  });
});
