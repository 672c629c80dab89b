import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { arrayOf, date, enumOf, int, object, person, str, titles, uuid } from './json-schema';
import type { PersonRef } from './agenda.events';

/**
 * Award registry events travel on `awards.award.v1`. Key: the decision id for
 * `decision-issued`, the award id for `award-conferred` and `award-revoked` (so the revocation
 * of an award follows its conferment).
 */
export const RECIPIENT_KINDS = ['individual', 'collective', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const AWARD_FAMILIES = ['emulation-title', 'award-form'] as const;

export interface AwardTypeRef {
  code: string;
  name: string;
  family: (typeof AWARD_FAMILIES)[number];
  /** smaller is higher: orders the award presentation and the news article */
  rank: number;
  conferringAuthority: string;
  /** how the press announces it, from the catalog: a title in quotes ("danh hiệu “…”") or an object received ("nhận …") */
  announceAs?: 'title' | 'object';
}

export interface DecisionRef {
  decisionId: string;
  number: string;
  date: string;
  authority: string;
}

export interface RecipientRef {
  recipientId: string;
  kind: RecipientKind;
  name: string;
  titles?: string[];
  unit?: string;
  posthumous?: boolean;
}

export interface DecisionIssuedData extends DecisionRef {
  signer: PersonRef;
  reason?: string;
  conferenceId?: string;
  recipientCount: number;
  /** counts per award type, highest rank first */
  counts: { awardType: AwardTypeRef; individuals: number; collectives: number; households: number }[];
}

export interface AwardConferredData {
  awardId: string;
  decision: DecisionRef;
  awardType: AwardTypeRef;
  recipient: RecipientRef;
  /** where it will be presented, when known */
  conferenceId?: string;
  /** "thừa ủy quyền của Chủ tịch nước / Thủ tướng Chính phủ" */
  presentedOnBehalfOf?: string;
}

export interface AwardRevokedData {
  awardId: string;
  awardType: AwardTypeRef;
  recipient: RecipientRef;
  revokingDecision: DecisionRef;
  reason: string;
  conferenceId?: string;
}

const awardType = object(
  {
    code: str(),
    name: str(),
    family: enumOf(AWARD_FAMILIES),
    rank: int({ minimum: 0 }),
    conferringAuthority: str(),
    announceAs: enumOf(['title', 'object']),
  },
  ['code', 'name', 'family', 'rank', 'conferringAuthority'],
);
const decisionProps = { decisionId: uuid, number: str(), date, authority: str() };
const decision = object(decisionProps, ['decisionId', 'number', 'date', 'authority']);
const recipient = object(
  {
    recipientId: uuid,
    kind: enumOf(RECIPIENT_KINDS),
    name: str(),
    titles,
    unit: str(),
    posthumous: { type: 'boolean' },
  },
  ['recipientId', 'kind', 'name'],
);
const count = int({ minimum: 0 });

export const DecisionIssued = defineEvent<DecisionIssuedData>({
  type: 'awards.decision-issued.v1',
  topic: TOPICS.award,
  summary: 'An award decision (quyết định khen thưởng) was issued: a summary with counts per award type.',
  schema: object(
    {
      ...decisionProps,
      signer: person,
      reason: str(),
      conferenceId: uuid,
      recipientCount: int({ minimum: 1 }),
      counts: arrayOf(
        object({ awardType, individuals: count, collectives: count, households: count }, [
          'awardType',
          'individuals',
          'collectives',
          'households',
        ]),
      ),
    },
    ['decisionId', 'number', 'date', 'authority', 'signer', 'recipientCount', 'counts'],
  ),
});

export const AwardConferred = defineEvent<AwardConferredData>({
  type: 'awards.award-conferred.v1',
  topic: TOPICS.award,
  summary: 'One recipient was conferred one award by a decision (one event per recipient).',
  schema: object({ awardId: uuid, decision, awardType, recipient, conferenceId: uuid, presentedOnBehalfOf: str() }, [
    'awardId',
    'decision',
    'awardType',
    'recipient',
  ]),
});

export const AwardRevoked = defineEvent<AwardRevokedData>({
  type: 'awards.award-revoked.v1',
  topic: TOPICS.award,
  summary: 'An award was revoked (thu hồi) by a later decision; the history stays.',
  schema: object(
    { awardId: uuid, awardType, recipient, revokingDecision: decision, reason: str(), conferenceId: uuid },
    ['awardId', 'awardType', 'recipient', 'revokingDecision', 'reason'],
  ),
});
