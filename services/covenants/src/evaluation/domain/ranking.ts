import { compareVietnamese } from '@tdkt/vietnamese';

export interface Scored {
  partyId: string;
  unitName: string;
  score: number;
}

export interface Ranked extends Scored {
  rank: number;
}

/**
 * Competition ranking ("1, 1, 3"): the same score shares a rank, the next rank skips the tied
 * places. Within a score, units follow the Vietnamese alphabet, so the order is stable and the
 * one a reader expects; it says nothing about who is ahead.
 */
export function rankMembers(members: Scored[]): Ranked[] {
  const sorted = [...members].sort((a, b) => b.score - a.score || compareVietnamese(a.unitName, b.unitName));
  let rank = 0;
  return sorted.map((m, i) => {
    if (i === 0 || m.score !== sorted[i - 1]!.score) rank = i + 1;
    return { ...m, rank };
  });
}

/** The units sharing rank 1: more than one means the cluster must choose its leading unit. */
export const leaders = (ranking: Ranked[]): Ranked[] => ranking.filter((r) => r.rank === 1);
