import { awardPhrase, type AwardCount } from '../domain/award-counts';
import type { DecisionRow } from '../award.queries';
import type { AwardRow } from '../infra/decision.repository';

export const countView = (c: AwardCount) => ({
  awardType: { code: c.awardType.code, name: c.awardType.name, family: c.awardType.family, rank: c.awardType.rank },
  collectives: c.collectives,
  individuals: c.individuals,
  households: c.households,
  total: c.collectives + c.individuals + c.households,
  phrase: awardPhrase(c),
});

export const decisionView = (d: DecisionRow, counts: AwardCount[], announcement: string, revoked = 0) => ({
  id: d.id,
  kind: d.kind,
  number: d.number,
  date: d.date,
  year: d.year,
  authority: d.authority,
  signer: { name: d.signer_name, titles: d.signer_titles },
  reason: d.reason,
  conferenceId: d.conference_id,
  recipientCount: d.recipient_count,
  revokedCount: revoked,
  source: d.source,
  tenant: d.tenant,
  createdAt: new Date(d.created_at).toISOString(),
  createdBy: d.created_by_id ? { id: d.created_by_id, name: d.created_by_name } : null,
  counts: counts.map(countView),
  announcement,
});

export const awardView = (a: AwardRow) => ({
  id: a.id,
  status: a.status,
  awardType: { code: a.type_code, name: a.type_name, family: a.type_family, rank: a.type_rank },
  recipient: {
    id: a.recipient_id,
    kind: a.recipient_kind,
    name: a.recipient_name,
    titles: a.recipient_titles,
    unit: a.recipient_unit,
  },
  decision: { id: a.decision_id, number: a.decision_number, date: a.decision_date, authority: a.decision_authority },
  achievementYear: a.achievement_year,
  achievement: a.achievement,
  posthumous: a.posthumous,
  conferenceId: a.conference_id,
  revocation: a.revoked_by
    ? {
        decisionId: a.revoked_by,
        reason: a.revocation_reason,
        at: a.revoked_at ? new Date(a.revoked_at).toISOString() : null,
        by: a.revoked_by_id ? { id: a.revoked_by_id, name: a.revoked_by_name } : null,
      }
    : null,
});
