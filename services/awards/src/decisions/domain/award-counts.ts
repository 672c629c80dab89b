import { formatNumber } from '@tdkt/vietnamese';
import { byRank, type AwardType, type RecipientKind } from '../../catalog/domain/award-type';

export type CountedType = Pick<AwardType, 'code' | 'name' | 'family' | 'rank' | 'conferringAuthority' | 'announceAs'>;

export interface AwardCount {
  awardType: CountedType;
  individuals: number;
  collectives: number;
  households: number;
}

/** Counts per award type and recipient kind, highest rank first (the order of the presentation). */
export function countByType(awards: { awardType: CountedType; kind: RecipientKind }[]): AwardCount[] {
  const counts = new Map<string, AwardCount>();
  for (const a of awards) {
    const c = counts.get(a.awardType.code) ?? { awardType: a.awardType, individuals: 0, collectives: 0, households: 0 };
    if (a.kind === 'individual') c.individuals++;
    else if (a.kind === 'collective') c.collectives++;
    else c.households++;
    counts.set(a.awardType.code, c);
  }
  return sortCounts([...counts.values()]);
}

export const sortCounts = (counts: AwardCount[]): AwardCount[] =>
  [...counts].sort((a, b) => byRank(a.awardType, b.awardType));

/**
 * One award as the press writes it: "5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính
 * phủ"; a named title in quotes: "22 cá nhân được tặng danh hiệu “Nhà giáo ưu tú”".
 */
export function awardPhrase(c: AwardCount): string {
  const who = [
    [c.collectives, 'tập thể'],
    [c.individuals, 'cá nhân'],
    [c.households, 'hộ gia đình'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, kind]) => `${formatNumber(n as number)} ${kind}`)
    .join(', ');
  return c.awardType.announceAs === 'title'
    ? `${who} được tặng danh hiệu “${c.awardType.name}”`
    : `${who} nhận ${c.awardType.name}`;
}

/** Every award, highest rank first, as one clause of a news sentence (no final period). */
export const announcement = (counts: AwardCount[]): string => sortCounts(counts).map(awardPhrase).join('; ');
