import { personInProtocolOrder, personRepresenting, titlesInProtocolOrder } from './representative';

describe('a signatory and the unit they represent', () => {
  it('does not repeat the unit the titles already name', () => {
    expect(personRepresenting('Hồ Tiến Thiệu', ['Chủ tịch UBND tỉnh Lạng Sơn'], 'Tỉnh Lạng Sơn')).toBe(
      'Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn',
    );
    expect(personRepresenting('Lò Thị Mai', ['Giám đốc Sở Nội vụ'], 'Sở Nội vụ')).toBe(
      'Lò Thị Mai, Giám đốc Sở Nội vụ',
    );
  });

  it('names the unit, in lower case inside the sentence, when the titles do not', () => {
    // Hà Giang 2023: the provincial chair signs for the province, his title says "UBND tỉnh" only
    expect(personRepresenting('Nguyễn Văn Sơn', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], 'Tỉnh Hà Giang')).toBe(
      'Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đại diện tỉnh Hà Giang',
    );
  });

  it('puts Party posts before state posts', () => {
    expect(titlesInProtocolOrder(['Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'])).toEqual([
      'Phó Bí thư Tỉnh ủy',
      'Chủ tịch UBND tỉnh',
    ]);
    expect(titlesInProtocolOrder(['Chủ tịch HĐND tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy'])).toEqual([
      'Ủy viên Ban Thường vụ Tỉnh ủy',
      'Chủ tịch HĐND tỉnh',
    ]);
  });

  it('names a person with the titles in protocol order', () => {
    expect(personInProtocolOrder('Nguyễn Văn Sơn', ['Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'])).toBe(
      'Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    );
  });
});
