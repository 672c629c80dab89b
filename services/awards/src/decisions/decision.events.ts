import type { AwardConferredData, AwardTypeRef, DecisionIssuedData, DecisionRef, RecipientRef } from '@tdkt/contracts';
import type { AwardType } from '../catalog/domain/award-type';
import type { Recipient } from '../recipients/domain/recipient';
import type { AwardCount } from './domain/award-counts';
import type { DecisionHeader, DecisionPlan, PlannedAward } from './domain/decision';

/** What the registry tells the rest of the platform, in the words of libs/contracts. */
export const awardTypeRef = (
  t: Pick<AwardType, 'code' | 'name' | 'family' | 'rank' | 'conferringAuthority'> &
    Partial<Pick<AwardType, 'announceAs'>>,
): AwardTypeRef => ({
  code: t.code,
  name: t.name,
  family: t.family,
  rank: t.rank,
  conferringAuthority: t.conferringAuthority,
  // the catalog's choice (a local type may be announced unlike its family): press writes it so
  ...(t.announceAs ? { announceAs: t.announceAs } : {}),
});

export const decisionRef = (id: string, h: DecisionHeader): DecisionRef => ({
  decisionId: id,
  number: h.number,
  date: h.date,
  authority: h.authority,
});

export const recipientRef = (r: Recipient, posthumous = false): RecipientRef => ({
  recipientId: r.id,
  kind: r.kind,
  name: r.name,
  ...(r.titles.length ? { titles: r.titles } : {}),
  ...(r.unit ? { unit: r.unit } : {}),
  ...(posthumous ? { posthumous } : {}),
});

export function decisionIssuedData(plan: DecisionPlan, counts: AwardCount[]): DecisionIssuedData {
  const h = plan.header;
  return {
    ...decisionRef(plan.id, h),
    signer: h.signer,
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.conferenceId ? { conferenceId: h.conferenceId } : {}),
    recipientCount: plan.awards.length,
    counts: counts.map((c) => ({
      awardType: awardTypeRef(c.awardType),
      individuals: c.individuals,
      collectives: c.collectives,
      households: c.households,
    })),
  };
}

export function awardConferredData(plan: DecisionPlan, a: PlannedAward): AwardConferredData {
  const conferenceId = plan.header.conferenceId;
  return {
    awardId: a.id,
    decision: decisionRef(plan.id, plan.header),
    awardType: awardTypeRef(a.awardType),
    recipient: recipientRef(a.recipient, a.posthumous),
    ...(conferenceId ? { conferenceId } : {}),
    ...(a.awardType.presentedOnBehalfOf
      ? { presentedOnBehalfOf: `thừa ủy quyền của ${a.awardType.presentedOnBehalfOf}` }
      : {}),
  };
}
