import type { AwardTypeRef, DecisionIssuedData, RecipientKind } from '@tdkt/contracts';
import type { Sourced } from './sourced';

/** One award of a conference as the press knows it; a revocation may arrive before its conferment. */
export interface AwardFact {
  awardId: string;
  awardType: AwardTypeRef;
  recipientKind: RecipientKind;
  presentedOnBehalfOf?: string;
  conferredEventId?: string;
  revokedEventId?: string;
}

/** "5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ": one award type and its counts. */
export interface AwardGroup {
  awardType: AwardTypeRef;
  collectives: number;
  individuals: number;
  households: number;
  presentedOnBehalfOf?: string;
  sources: string[];
}

/**
 * Awards conferred and not revoked, grouped by award type, highest rank first (smaller rank),
 * then by name for types of equal rank. Sources: every conferment counted.
 */
export function tallyAwards(awards: Iterable<AwardFact>): AwardGroup[] {
  const groups = new Map<string, AwardGroup>();
  for (const a of awards) {
    if (!a.conferredEventId || a.revokedEventId) continue;
    let g = groups.get(a.awardType.code);
    if (!g) {
      g = { awardType: a.awardType, collectives: 0, individuals: 0, households: 0, sources: [] };
      groups.set(a.awardType.code, g);
    }
    if (a.recipientKind === 'collective') g.collectives++;
    else if (a.recipientKind === 'individual') g.individuals++;
    else g.households++;
    g.presentedOnBehalfOf ??= a.presentedOnBehalfOf;
    g.sources.push(a.conferredEventId);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, sources: g.sources.sort() }))
    .sort((x, y) => x.awardType.rank - y.awardType.rank || x.awardType.name.localeCompare(y.awardType.name, 'vi'));
}

/** The decisions of a conference, oldest first (by date, then number). */
export function decisionsInOrder(decisions: Sourced<DecisionIssuedData>[]): Sourced<DecisionIssuedData>[] {
  return [...decisions].sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || a.data.number.localeCompare(b.data.number, 'vi'),
  );
}
