import { Cluster } from './cluster';
import { ClusterConflict, ClusterRuleBroken } from './cluster.errors';

const border = () =>
  Cluster.create({
    name: 'Cụm thi đua các tỉnh biên giới phía Bắc',
    kind: 'cum',
    organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
    members: ['Tỉnh Hà Giang', 'Tỉnh Cao Bằng', 'Tỉnh Lào Cai', 'Tỉnh Tuyên Quang'].map((unitName) => ({
      unitName,
      joinedOn: '2020-01-01',
    })),
  });

describe('Cluster', () => {
  it('represents the 2025 merger without rewriting history', () => {
    const c = border();
    c.reorganize(
      '2025-07-01',
      'Sáp nhập tỉnh Hà Giang và tỉnh Tuyên Quang',
      ['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang'],
      ['Tỉnh Tuyên Quang'],
    );
    expect(c.membersOn('2025-06-30').map((m) => m.unitName)).toEqual([
      'Tỉnh Cao Bằng',
      'Tỉnh Hà Giang',
      'Tỉnh Lào Cai',
      'Tỉnh Tuyên Quang',
    ]);
    expect(c.membersOn('2025-07-01').map((m) => m.unitName)).toEqual([
      'Tỉnh Cao Bằng',
      'Tỉnh Lào Cai',
      'Tỉnh Tuyên Quang',
    ]);
    expect(c.snapshot.memberships).toHaveLength(5);
    expect(c.snapshot.memberships.find((m) => m.unitName === 'Tỉnh Hà Giang')).toMatchObject({
      joinedOn: '2020-01-01',
      leftOn: '2025-07-01',
    });
  });

  it('refuses a reorganisation naming a unit that is not a member, changing nothing', () => {
    const c = border();
    expect(() => c.reorganize('2025-07-01', 'x', ['Tỉnh Sơn La'], ['Tỉnh Mới'])).toThrow(
      expect.objectContaining({ field: 'leaving[0]' }),
    );
    expect(c.membersOn('2025-07-01')).toHaveLength(4);
  });

  it('refuses joining twice over the same period', () => {
    expect(() => border().join('tỉnh hà giang', '2024-01-01')).toThrow(ClusterConflict);
  });

  it('has one head and one deputy per year, both members that year', () => {
    const c = border();
    c.elect({ year: 2025, role: 'head', unitName: 'Tỉnh Lào Cai' });
    expect(() => c.elect({ year: 2025, role: 'head', unitName: 'Tỉnh Cao Bằng' })).toThrow(
      expect.objectContaining({ code: 'roleTaken', vi: expect.stringContaining('Cụm trưởng năm 2025') }),
    );
    expect(() => c.elect({ year: 2025, role: 'deputy', unitName: 'Tỉnh Lào Cai' })).toThrow(ClusterRuleBroken);
    expect(() => c.elect({ year: 2025, role: 'deputy', unitName: 'Tỉnh Sơn La' })).toThrow(
      expect.objectContaining({ code: 'notAMember' }),
    );
    c.elect({ year: 2025, role: 'deputy', unitName: 'Tỉnh Cao Bằng' });
  });

  it('records the handover to the next head, once', () => {
    const c = border();
    c.elect({ year: 2024, role: 'head', unitName: 'Tỉnh Hà Giang' });
    expect(() => c.handOver(2024, '2025-03-05')).toThrow(expect.objectContaining({ code: 'noNextHead' }));
    c.elect({ year: 2025, role: 'head', unitName: 'Tỉnh Lào Cai' });
    expect(c.handOver(2024, '2025-03-05').handover).toEqual({
      on: '2025-03-05',
      toUnitName: 'Tỉnh Lào Cai',
      conferenceId: undefined,
    });
    expect(() => c.handOver(2024, '2025-03-06')).toThrow(ClusterConflict);
  });
});
