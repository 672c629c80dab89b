import { DEFAULT_PRECEDENCE_RULES } from './default-precedence.table';
import {
  PrecedenceTable,
  protocolOrder,
  ruleProblems,
  titleKey,
  UNMATCHED_RANK,
  type RankedPerson,
} from './precedence';

// The attending officials of the seed articles (docs/domain.md#the-seed-articles), with their titles as printed.
const SON_LA: RankedPerson[] = [
  { name: 'Vi Đức Thọ', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
  { name: 'Tráng Thị Xuân', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
  { name: 'Nguyễn Thái Hưng', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
];
const HA_GIANG: RankedPerson[] = [
  { name: 'Hà Thị Minh Hạnh', titles: ['Ủy viên BCH Đảng bộ tỉnh', 'Phó Chủ tịch UBND tỉnh'] },
  { name: 'Vàng Seo Cón', titles: ['Chủ tịch Ủy ban MTTQ tỉnh'] },
  { name: 'Chúng Thị Chiên', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'] },
  { name: 'Hoàng Gia Long', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
  { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
];
const NINH_THUAN: RankedPerson[] = [
  {
    name: 'Nguyễn Long Biên',
    titles: ['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng tỉnh'],
  },
  { name: 'Trần Quốc Nam', titles: ['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'] },
];

const table = new PrecedenceTable(DEFAULT_PRECEDENCE_RULES);
const order = (people: RankedPerson[], t = table, centralFirst = false) =>
  protocolOrder(people.map((p) => ({ ...p, precedence: t.precedence(p, { centralFirst }) }))).map((p) => p.name);

describe('precedence: protocol order from titles (docs/domain.md#protocol-order)', () => {
  it('reads titles as people write them: abbreviations, tone-mark variants and case do not matter', () => {
    expect(titleKey('Ủy viên BTV Tỉnh ủy')).toBe(titleKey('Uỷ viên Ban Thường vụ Tỉnh uỷ'));
    expect(titleKey('Chủ tịch Ủy ban MTTQ Việt Nam tỉnh')).toBe(
      titleKey('Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'),
    );
    expect(titleKey('Chủ tịch UBND tỉnh Hà Giang')).toBe('chu tich ubnd tinh ha giang');
    expect(table.rankOf('Chủ tịch UBND tỉnh Hà Giang')).toBe(table.rankOf('Chủ tịch Ủy ban nhân dân tỉnh'));
  });

  it('reads a title typed with an en dash as the one written with a hyphen', () => {
    expect(titleKey('Trưởng Ban Thi đua – Khen thưởng tỉnh')).toBe(titleKey('Trưởng Ban Thi đua - Khen thưởng tỉnh'));
    const custom = new PrecedenceTable([{ pattern: 'Trưởng Ban Thi đua - Khen thưởng Trung ương', rank: 50 }]);
    expect(custom.rankOf('Trưởng Ban Thi đua – Khen thưởng Trung ương')).toBe(50);
    expect(table.rankOf('Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh')).toBe(
      table.rankOf('Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'),
    );
  });

  it('takes the most specific rule and never reads a deputy as the head', () => {
    expect(table.rankOf('Phó Bí thư Thường trực Tỉnh ủy')).toBeLessThan(table.rankOf('Phó Bí thư Tỉnh ủy'));
    expect(table.rankOf('Bí thư Tỉnh ủy')).toBeLessThan(table.rankOf('Phó Bí thư Thường trực Tỉnh ủy'));
    expect(table.rankOf('Phó Chủ tịch UBND tỉnh')).toBeGreaterThan(table.rankOf('Chủ tịch UBND tỉnh'));
    expect(table.rankOf('Phó Chủ tịch Thường trực UBND tỉnh')).toBeLessThan(table.rankOf('Phó Chủ tịch UBND tỉnh'));
    expect(table.rankOf('Bí thư Chi bộ')).toBe(UNMATCHED_RANK); // not the provincial secretary
  });

  it('Party rank first: Bí thư > Phó Bí thư Thường trực > Phó Bí thư > Ủy viên BTV > Ủy viên BCH, then state posts', () => {
    const people: RankedPerson[] = [
      { name: 'E', titles: ['Ủy viên Ban Chấp hành Đảng bộ tỉnh'] },
      { name: 'F', titles: ['Chủ tịch HĐND tỉnh'] },
      { name: 'C', titles: ['Phó Bí thư Tỉnh ủy'] },
      { name: 'A', titles: ['Bí thư Tỉnh ủy'] },
      { name: 'D', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy'] },
      { name: 'B', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] },
      { name: 'G', titles: ['Chủ tịch UBND tỉnh'] },
      { name: 'H', titles: ['Chủ tịch Ủy ban MTTQ tỉnh'] },
      { name: 'I', titles: ['Phó Chủ tịch Thường trực HĐND tỉnh'] },
    ];
    expect(order(people)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
  });

  it('orders the Hà Giang 2023 officials by the default table: Party rank, then HĐND before UBND among deputies', () => {
    expect(order(HA_GIANG)).toEqual([
      'Nguyễn Văn Sơn',
      'Chúng Thị Chiên',
      'Hoàng Gia Long',
      'Hà Thị Minh Hạnh',
      'Vàng Seo Cón',
    ]);
  });

  it('orders the Sơn La 2024 officials (all Standing Committee members) by their state post', () => {
    expect(order(SON_LA)).toEqual(['Nguyễn Thái Hưng', 'Vi Đức Thọ', 'Tráng Thị Xuân']);
  });

  it("an organization's own table reproduces its article: Sơn La seats its standing vice-chair before the MTTQ chair", () => {
    const sonLa = new PrecedenceTable([
      ...DEFAULT_PRECEDENCE_RULES.filter((r) => r.pattern !== 'Phó Chủ tịch Thường trực UBND tỉnh'),
      { pattern: 'Phó Chủ tịch Thường trực UBND tỉnh', rank: 115 },
    ]);
    // “Nguyễn Thái Hưng, …; Tráng Thị Xuân, …; Vi Đức Thọ, …” as printed
    expect(order(SON_LA, sonLa)).toEqual(['Nguyễn Thái Hưng', 'Tráng Thị Xuân', 'Vi Đức Thọ']);
    const haGiang = new PrecedenceTable(
      [...DEFAULT_PRECEDENCE_RULES, { pattern: 'Phó Chủ tịch Thường trực UBND tỉnh', rank: 195 }].filter(
        (r, i, all) => all.findLastIndex((x) => x.pattern === r.pattern) === i,
      ),
    );
    // “Nguyễn Văn Sơn …; Hoàng Gia Long …, Chúng Thị Chiên …; Hà Thị Minh Hạnh …”: the host UBND's deputy first
    expect(order(HA_GIANG, haGiang).slice(0, 4)).toEqual([
      'Nguyễn Văn Sơn',
      'Hoàng Gia Long',
      'Chúng Thị Chiên',
      'Hà Thị Minh Hạnh',
    ]);
  });

  it('orders the Ninh Thuận 2023 online conference: the chair before the vice-chair', () => {
    expect(order(NINH_THUAN)).toEqual(['Trần Quốc Nam', 'Nguyễn Long Biên']);
  });

  it('the best title decides, whatever order the titles are written in', () => {
    const a = table.precedence({ name: 'x', titles: ['Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'] });
    const b = table.precedence({ name: 'x', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] });
    expect(a).toBe(b);
    expect(a).toBeLessThan(table.precedence({ name: 'y', titles: ['Chủ tịch HĐND tỉnh'] }));
  });

  it('breaks ties with the Vietnamese collator (Đ after D, Â after Ă after A), not code points', () => {
    const awardees = ['Đặng Văn Bình', 'Dương Thị Lan', 'Âu Văn Tú', 'Ân Thị Hoa', 'Bùi Minh', 'An Văn Kiên'].map(
      (name) => ({ name, titles: ['Giáo viên Trường THPT Chiềng Sinh'] }),
    );
    expect(order(awardees)).toEqual([
      'An Văn Kiên',
      'Ân Thị Hoa',
      'Âu Văn Tú',
      'Bùi Minh',
      'Dương Thị Lan',
      'Đặng Văn Bình',
    ]);
  });

  it('puts central guests first at cluster conferences only', () => {
    const people: RankedPerson[] = [
      { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'] },
      { name: 'Phạm Huy Giang', titles: ['Phó Trưởng Ban Thi đua - Khen thưởng Trung ương'], central: true },
      { name: 'Lê Hải Hòa', titles: ['Phó Chủ tịch UBND tỉnh Cao Bằng'] },
    ];
    expect(order(people, table, true)).toEqual(['Phạm Huy Giang', 'Nguyễn Văn Sơn', 'Lê Hải Hòa']);
    const local = [{ name: 'Trưởng phòng', titles: ['Trưởng phòng Tổ chức'], central: true }, people[0]!];
    expect(order(local, table, false)).toEqual(['Nguyễn Văn Sơn', 'Trưởng phòng']);
    expect(order(local, table, true)).toEqual(['Trưởng phòng', 'Nguyễn Văn Sơn']);
  });

  it('puts people without a listed post (exemplary individuals) after every official', () => {
    const p = table.precedence({ name: 'Nguyễn Thị Hà', titles: [] });
    expect(p).toBeGreaterThan(table.precedence({ name: 'x', titles: ['Chủ tịch UBND xã'] }));
  });

  it('refuses malformed tables: empty or repeated patterns, ranks outside 0…999', () => {
    const problems = ruleProblems([
      { pattern: 'Chủ tịch UBND tỉnh', rank: 10 },
      { pattern: '  ', rank: 5 },
      { pattern: 'Chủ tịch Ủy ban nhân dân tỉnh', rank: 11 },
      { pattern: 'Giám đốc Sở', rank: 1000 },
    ]);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(problems[1]!.vi).toContain('trùng với dòng 1');
  });
});
