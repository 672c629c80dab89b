import type { Covenant } from '../../covenants/domain/covenant';
import { CovenantRuleBroken } from '../../covenants/domain/covenant.errors';
import { leaders, rankMembers, type Ranked } from './ranking';
import { scoreMember, type TargetScore } from './scoring';

export interface MemberResult {
  partyId: string;
  targetId: string;
  actual: number;
}

export interface RankedWithBreakdown extends Ranked {
  breakdown: TargetScore[];
}

/** Every party scored from its results (missing results score 0) and ranked. */
export function rankCovenant(covenant: Covenant, results: MemberResult[]): RankedWithBreakdown[] {
  const s = covenant.snapshot;
  const scored = s.parties.map((p) => {
    const actuals = new Map(results.filter((r) => r.partyId === p.id).map((r) => [r.targetId, r.actual]));
    const { score, breakdown } = scoreMember(s.targets, actuals);
    return { partyId: p.id, unitName: p.unitName, score, breakdown };
  });
  const byParty = new Map(scored.map((m) => [m.partyId, m.breakdown]));
  return rankMembers(scored.map(({ partyId, unitName, score }) => ({ partyId, unitName, score }))).map((r) => ({
    ...r,
    breakdown: byParty.get(r.partyId)!,
  }));
}

/**
 * The leading unit (đơn vị dẫn đầu): the one ranked first. When several share the first rank the
 * cluster decides (usually by vote at the conference) and names it in `chosen`.
 */
export function leadingUnit(ranking: Ranked[], chosen?: string): Ranked {
  const first = leaders(ranking);
  if (chosen) {
    const pick = first.find((r) => r.partyId === chosen);
    if (!pick) {
      throw new CovenantRuleBroken(
        'notAmongLeaders',
        'leadingPartyId',
        `Đơn vị được chọn không nằm trong nhóm dẫn đầu (${first.map((r) => r.unitName).join(', ')})`,
        `the chosen unit is not among those ranked first (${first.map((r) => r.unitName).join(', ')})`,
      );
    }
    return pick;
  }
  if (first.length > 1) {
    throw new CovenantRuleBroken(
      'tiedLeaders',
      'leadingPartyId',
      `${first.map((r) => r.unitName).join(', ')} cùng dẫn đầu với ${first[0]!.score} điểm; hãy chọn đơn vị dẫn đầu (leadingPartyId) theo kết quả bình xét của cụm`,
      `${first.map((r) => r.unitName).join(', ')} share the first rank with ${first[0]!.score}; name the leading unit (leadingPartyId) as the cluster decided`,
    );
  }
  return first[0]!;
}
