import { leaders, rankMembers } from './ranking';

const m = (unitName: string, score: number) => ({ partyId: unitName, unitName, score });

describe('rankMembers', () => {
  it('ranks by score, highest first', () => {
    expect(
      rankMembers([m('Tỉnh Cao Bằng', 70), m('Tỉnh Lào Cai', 90), m('Tỉnh Hà Giang', 80)]).map((r) => [
        r.rank,
        r.unitName,
      ]),
    ).toEqual([
      [1, 'Tỉnh Lào Cai'],
      [2, 'Tỉnh Hà Giang'],
      [3, 'Tỉnh Cao Bằng'],
    ]);
  });

  it('gives tied scores the same rank and skips the places they share', () => {
    const ranked = rankMembers([
      m('Tỉnh Lào Cai', 80),
      m('Tỉnh Điện Biên', 90),
      m('Tỉnh Cao Bằng', 80),
      m('Tỉnh Lai Châu', 70),
    ]);
    expect(ranked.map((r) => [r.rank, r.unitName])).toEqual([
      [1, 'Tỉnh Điện Biên'],
      [2, 'Tỉnh Cao Bằng'],
      [2, 'Tỉnh Lào Cai'],
      [4, 'Tỉnh Lai Châu'],
    ]);
  });

  it('orders a tie by the Vietnamese alphabet (Đ after D, not after Z)', () => {
    const ranked = rankMembers([m('Tỉnh Điện Biên', 50), m('Tỉnh Yên Bái', 50), m('Tỉnh Dak Nông', 50)]);
    expect(ranked.map((r) => r.unitName)).toEqual(['Tỉnh Dak Nông', 'Tỉnh Điện Biên', 'Tỉnh Yên Bái']);
    expect(ranked.every((r) => r.rank === 1)).toBe(true);
    expect(leaders(ranked)).toHaveLength(3);
  });

  it('ranks members without results last, together', () => {
    const ranked = rankMembers([m('Tỉnh A', 0), m('Tỉnh B', 40), m('Tỉnh C', 0)]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2]);
  });
});
