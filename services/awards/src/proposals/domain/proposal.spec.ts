import { Conflict } from '../../common/domain/awards.errors';
import { assertPending, DEFAULT_FLAG, proposeFlag } from './proposal';

const evaluated = {
  covenantId: '6c1f3f0e-8d7a-4a51-9a43-1c2b3d4e5f60',
  clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
  year: 2024,
  evaluatedAt: '2024-12-20T03:00:00Z',
  ranking: [
    { rank: 2, partyId: 'b', unitName: 'Tỉnh Cao Bằng', score: 91 },
    { rank: 1, partyId: 'a', unitName: 'Tỉnh Hà Giang', score: 95.5 },
  ],
  leadingUnit: { partyId: 'a', unitName: 'Tỉnh Hà Giang' },
};

describe('proposals from a covenant evaluation', () => {
  it('proposes the provincial emulation flag for the leading unit, pending, with the ranking in order', () => {
    const p = proposeFlag(evaluated, 'event-1');
    expect(p).toMatchObject({
      status: 'pending',
      unitName: 'Tỉnh Hà Giang',
      awardTypeCode: DEFAULT_FLAG,
      year: 2024,
      sourceEventId: 'event-1',
    });
    expect(p.ranking.map((r) => r.unitName)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Cao Bằng']);
  });

  it('can be decided only once', () => {
    const p = proposeFlag(evaluated, 'event-1');
    expect(() => assertPending(p)).not.toThrow();
    expect(() => assertPending({ ...p, status: 'confirmed' })).toThrow(Conflict);
    expect(() => assertPending({ ...p, status: 'rejected' })).toThrow(/already rejected/);
  });
});
