import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  AgendaPublished,
  AttendanceRecorded,
  AwardConferred,
  AwardRevoked,
  ConferenceConcluded,
  ConferenceScheduled,
  CovenantSigned,
  DecisionIssued,
  MovementLaunched,
  RsvpChanged,
  TOPICS,
  toKafkaHeaders,
  type AgendaSegment,
  type AwardTypeRef,
  type CloudEvent,
  type ConferenceScheduledData,
  type EventDefinition,
  type PersonRef,
  type RecipientKind,
} from '@tdkt/contracts';

/**
 * A CloudEvent as a producing service would write it; `time` orders facts that arrive out of order;
 * `tenant` owns the subject (by default the test users' province, so test-runner sees the drafts).
 */
export function eventOf<T>(
  def: EventDefinition<T>,
  subject: string,
  data: T,
  time = new Date().toISOString(),
  tenant: string | undefined = 'province:kiem-thu',
): CloudEvent<T> {
  const id = randomUUID();
  return {
    id,
    type: def.type,
    source: `/services/${def.type.split('.')[0]}`,
    specversion: '1.0',
    time,
    subject,
    datacontenttype: 'application/json',
    correlationid: id,
    ...(tenant ? { tenant } : {}),
    data,
  };
}

/** Sends events in order, in batches (3.000 awards in a few requests). */
export async function publishAll(producer: Producer, namespace: string, events: CloudEvent[]): Promise<void> {
  const topicOf = (type: string) =>
    `${namespace}${type.startsWith('agenda.') ? TOPICS.conference : type.startsWith('awards.') ? TOPICS.award : type.startsWith('covenants.') ? TOPICS.covenant : TOPICS.invitation}`;
  for (let i = 0; i < events.length; i += 500) {
    const byTopic = new Map<string, CloudEvent[]>();
    for (const e of events.slice(i, i + 500))
      byTopic.set(topicOf(e.type), [...(byTopic.get(topicOf(e.type)) ?? []), e]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, es]) => ({
        topic,
        messages: es.map((e) => ({ key: e.subject, value: JSON.stringify(e.data), headers: toKafkaHeaders(e) })),
      })),
    });
  }
}

export type ConferenceInput = Omit<ConferenceScheduledData, 'conferenceId' | 'timeZone' | 'endsAt'> & {
  conferenceId?: string;
  endsAt?: string;
};

export function scheduled(c: ConferenceInput) {
  const conferenceId = c.conferenceId ?? randomUUID();
  return eventOf(ConferenceScheduled, conferenceId, {
    ...c,
    conferenceId,
    timeZone: 'Asia/Ho_Chi_Minh',
    endsAt: c.endsAt ?? c.startsAt,
  });
}

export const concluded = (conferenceId: string, at = new Date().toISOString()) =>
  eventOf(ConferenceConcluded, conferenceId, { conferenceId, at });

export const movement = (conferenceId: string, year: number, theme: string, launchedBy: PersonRef) =>
  eventOf(MovementLaunched, conferenceId, { conferenceId, year, theme, launchedBy });

export function agenda(
  conferenceId: string,
  version: number,
  segments: Omit<AgendaSegment, 'segmentId' | 'startsAt' | 'endsAt'>[],
) {
  return eventOf(AgendaPublished, conferenceId, {
    conferenceId,
    version,
    segments: segments.map((s) => ({
      ...s,
      segmentId: randomUUID(),
      startsAt: '2024-01-01T01:00:00.000Z',
      endsAt: '2024-01-01T01:30:00.000Z',
    })),
  });
}

/** A guest who accepted (and, with `checkIn`, checked in): what the invitations service will publish. */
export function guestEvents(
  conferenceId: string,
  person: PersonRef,
  precedence: number,
  opts: { checkIn?: boolean; guestId?: string } = {},
) {
  const guest = { guestId: opts.guestId ?? randomUUID(), name: person.name, titles: person.titles, precedence };
  const invitationId = randomUUID();
  const accepted = eventOf(RsvpChanged, invitationId, {
    invitationId,
    conferenceId,
    guest,
    response: 'accepted',
    respondedAt: '2024-01-20T02:00:00.000Z',
  });
  if (!opts.checkIn) return [accepted];
  return [
    accepted,
    eventOf(AttendanceRecorded, conferenceId, {
      conferenceId,
      invitationId,
      attendee: guest,
      site: { kind: 'venue', name: 'Hội trường' },
      checkedInAt: '2024-01-25T01:00:00.000Z',
      method: 'qr',
    }),
  ];
}

export const awardType = (
  code: string,
  name: string,
  rank: number,
  conferringAuthority = 'Chủ tịch UBND tỉnh',
): AwardTypeRef => ({
  code,
  name,
  rank,
  family: 'award-form',
  conferringAuthority,
});

export interface AwardCount {
  type: AwardTypeRef;
  collectives?: number;
  individuals?: number;
  households?: number;
  presentedOnBehalfOf?: string;
}

/** A decision for a conference and one award-conferred per recipient, as the awards service publishes them. */
export function decisionEvents(conferenceId: string, number: string, authority: string, counts: AwardCount[]) {
  const decision = { decisionId: randomUUID(), number, date: '2024-01-15', authority };
  const conferred: CloudEvent[] = [];
  const kinds: [keyof AwardCount, RecipientKind][] = [
    ['collectives', 'collective'],
    ['individuals', 'individual'],
    ['households', 'household'],
  ];
  for (const c of counts) {
    for (const [field, kind] of kinds) {
      for (let i = 0; i < ((c[field] as number | undefined) ?? 0); i++) {
        const awardId = randomUUID();
        conferred.push(
          eventOf(AwardConferred, awardId, {
            awardId,
            decision,
            awardType: c.type,
            conferenceId,
            recipient: {
              recipientId: randomUUID(),
              kind,
              name: `${kind === 'individual' ? 'Cá nhân' : kind === 'collective' ? 'Tập thể' : 'Hộ'} ${c.type.code} ${i + 1}`,
            },
            ...(c.presentedOnBehalfOf ? { presentedOnBehalfOf: c.presentedOnBehalfOf } : {}),
          }),
        );
      }
    }
  }
  const issued = eventOf(DecisionIssued, decision.decisionId, {
    ...decision,
    signer: { name: 'Người ký', titles: [authority] },
    conferenceId,
    recipientCount: Math.max(1, conferred.length),
    counts: counts.map((c) => ({
      awardType: c.type,
      individuals: c.individuals ?? 0,
      collectives: c.collectives ?? 0,
      households: c.households ?? 0,
    })),
  });
  return { issued, conferred };
}

export function revoked(conferred: CloudEvent, reason = 'Thu hồi do kê khai không đúng thành tích') {
  const d = conferred.data as { awardId: string; awardType: AwardTypeRef; recipient: never; conferenceId?: string };
  return eventOf(AwardRevoked, d.awardId, {
    awardId: d.awardId,
    awardType: d.awardType,
    recipient: d.recipient,
    reason,
    conferenceId: d.conferenceId,
    revokingDecision: {
      decisionId: randomUUID(),
      number: '99/QĐ-UBND',
      date: '2024-03-01',
      authority: 'Chủ tịch UBND tỉnh',
    },
  });
}

/** A covenant fully signed at a conference, parties in order. */
export function covenantSignedAt(
  conferenceId: string,
  c: {
    title: string;
    clusterName: string;
    year: number;
    parties: { unitName: string; signatory: PersonRef }[];
    at: string;
  },
) {
  const covenantId = randomUUID();
  return eventOf(CovenantSigned, covenantId, {
    covenantId,
    title: c.title,
    clusterName: c.clusterName,
    year: c.year,
    conferenceId,
    fullySignedAt: c.at,
    parties: c.parties.map((p, i) => ({
      partyId: randomUUID(),
      unitName: p.unitName,
      order: i + 1,
      signatory: p.signatory,
      signedAt: c.at,
    })),
  });
}
