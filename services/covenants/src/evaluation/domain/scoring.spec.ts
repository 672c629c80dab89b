import { ATTAINMENT_CAP, attainment, scoreMember, type ScoredTarget } from './scoring';

const grdp: ScoredTarget = { id: 'grdp', targetValue: 7.5, direction: 'higher', weight: 60 };
const poverty: ScoredTarget = { id: 'poverty', targetValue: 4.4, direction: 'lower', weight: 40 };

describe('attainment', () => {
  it('is actual / target for a higher-is-better target', () => {
    expect(attainment(grdp, 6)).toBeCloseTo(0.8);
  });

  it('is target / actual for a lower-is-better target: less than the target is better', () => {
    expect(attainment(poverty, 5.5)).toBeCloseTo(0.8);
    expect(attainment(poverty, 4)).toBeCloseTo(1.1);
  });

  it('is capped, and never negative', () => {
    expect(attainment(grdp, 30)).toBe(ATTAINMENT_CAP);
    expect(attainment(poverty, 0)).toBe(ATTAINMENT_CAP);
    expect(attainment(grdp, -2)).toBe(0);
  });

  it('treats a target of zero as met or missed', () => {
    const accidents: ScoredTarget = { id: 'a', targetValue: 0, direction: 'lower', weight: 10 };
    expect(attainment(accidents, 0)).toBe(ATTAINMENT_CAP);
    expect(attainment(accidents, 3)).toBe(0);
  });

  it('is zero for a missing result', () => {
    expect(attainment(grdp, undefined)).toBe(0);
  });
});

describe('scoreMember', () => {
  it('weights each attainment and scales the cap to 100', () => {
    const { score } = scoreMember(
      [grdp, poverty],
      new Map([
        ['grdp', 7.5],
        ['poverty', 4.4],
      ]),
    );
    expect(score).toBe(83.33);
  });

  it('gives 100 to a member beating every target by the cap', () => {
    expect(
      scoreMember(
        [grdp, poverty],
        new Map([
          ['grdp', 9],
          ['poverty', 2],
        ]),
      ).score,
    ).toBe(100);
  });

  it('scores a missing result 0 for that target only', () => {
    const { score, breakdown } = scoreMember([grdp, poverty], new Map([['grdp', 9]]));
    expect(score).toBe(60);
    expect(breakdown.find((b) => b.targetId === 'poverty')).toMatchObject({ actual: undefined, points: 0 });
  });

  it('rewards a lower figure on a lower-is-better target', () => {
    const better = scoreMember(
      [grdp, poverty],
      new Map([
        ['grdp', 7.5],
        ['poverty', 4],
      ]),
    ).score;
    const worse = scoreMember(
      [grdp, poverty],
      new Map([
        ['grdp', 7.5],
        ['poverty', 5],
      ]),
    ).score;
    expect(better).toBeGreaterThan(worse);
  });
});
