/**
 * Year-end scoring of a covenant's members (chấm điểm giao ước thi đua).
 *
 *   attainment(t) = actual / target   for a higher-is-better target (GRDP growth, revenue)
 *                 = target / actual   for a lower-is-better target (poverty rate, accidents)
 *   capped to [0, ATTAINMENT_CAP]; a target of 0 is met (cap) when the actual is on the right
 *   side of 0 (lower: actual ≤ 0; higher: actual ≥ 0) and missed (0) otherwise; an actual of 0
 *   on a lower-is-better target with a positive target is the cap.
 *
 *   score(member) = Σ weight(t) × attainment(t) / ATTAINMENT_CAP        (weights add up to 100)
 *
 * So the score is 0–100: 100 means every target was beaten by at least 20 %; meeting every
 * target exactly gives 100 / 1,2 = 83,33. The cap rewards beating a target (the point of an
 * emulation) without letting one runaway figure outweigh the rest. A target without a result
 * scores 0 for that target: a member that does not report cannot gain by it.
 * Scores are rounded to 2 decimals before ranking, so float noise cannot split a tie.
 */
export const ATTAINMENT_CAP = 1.2;

export interface ScoredTarget {
  id: string;
  targetValue: number;
  direction: 'higher' | 'lower';
  weight: number;
}

export function attainment(target: ScoredTarget, actual: number | undefined): number {
  if (actual === undefined || !Number.isFinite(actual)) return 0;
  const higher = target.direction === 'higher';
  if (target.targetValue === 0) return (higher ? actual >= 0 : actual <= 0) ? ATTAINMENT_CAP : 0;
  if (!higher && actual <= 0) return ATTAINMENT_CAP;
  const ratio = higher ? actual / target.targetValue : target.targetValue / actual;
  return Math.min(Math.max(ratio, 0), ATTAINMENT_CAP);
}

export interface TargetScore {
  targetId: string;
  actual?: number;
  attainment: number;
  points: number;
}

/** One member's score from its results (target id → actual value). */
export function scoreMember(
  targets: ScoredTarget[],
  actuals: ReadonlyMap<string, number>,
): { score: number; breakdown: TargetScore[] } {
  const breakdown = targets.map((t) => {
    const actual = actuals.get(t.id);
    const a = attainment(t, actual);
    return { targetId: t.id, actual, attainment: round(a, 4), points: round((t.weight * a) / ATTAINMENT_CAP, 4) };
  });
  const total = targets.reduce((sum, t) => sum + (t.weight * attainment(t, actuals.get(t.id))) / ATTAINMENT_CAP, 0);
  return { score: Math.min(round(total, 2), 100), breakdown };
}

export const round = (n: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round((n + Number.EPSILON) * f) / f;
};
