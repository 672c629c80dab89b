import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  AwardConferred,
  AwardRevoked,
  CovenantSigned,
  toKafkaHeaders,
  type AwardConferredData,
  type AwardRevokedData,
  type AwardTypeRef,
  type CloudEvent,
  type CovenantSignedData,
  type EventDefinition,
  type RecipientKind,
} from '@tdkt/contracts';

/** Input events as the covenants and awards services would publish them (CloudEvents, binary mode). */
function envelope<T>(def: EventDefinition<T>, subject: string, data: T, source: string): CloudEvent<T> {
  const id = randomUUID();
  return {
    id,
    type: def.type,
    source,
    specversion: '1.0',
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: id,
    data,
  };
}

export function covenantSigned(
  conferenceId: string | undefined,
  overrides: Partial<CovenantSignedData> = {},
): CloudEvent<CovenantSignedData> {
  const covenantId = overrides.covenantId ?? randomUUID();
  const party = (order: number, unitName: string, name: string) => ({
    partyId: randomUUID(),
    unitName,
    order,
    signatory: { name, titles: [`Chủ tịch UBND ${unitName.toLowerCase()}`] },
    signedAt: '2024-02-29T03:00:00.000Z',
  });
  return envelope(
    CovenantSigned,
    covenantId,
    {
      covenantId,
      title: 'Giao ước thi đua năm 2024',
      clusterName: 'Khối thi đua các huyện, thành phố',
      year: 2024,
      ...(conferenceId ? { conferenceId } : {}),
      fullySignedAt: '2024-02-29T03:00:00.000Z',
      parties: [party(1, 'Huyện Mộc Châu', 'Lò Văn A'), party(2, 'Thành phố Sơn La', 'Cầm Văn B')],
      ...overrides,
    },
    '/services/covenants',
  );
}

export const AWARD_TYPES = {
  order3: {
    code: 'hcld-3',
    name: 'Huân chương Lao động hạng Ba',
    family: 'award-form',
    rank: 12,
    conferringAuthority: 'Chủ tịch nước',
  },
  govFlag: {
    code: 'co-thi-dua-cp',
    name: 'Cờ thi đua của Chính phủ',
    family: 'emulation-title',
    rank: 20,
    conferringAuthority: 'Thủ tướng Chính phủ',
  },
  pmMerit: {
    code: 'bk-ttg',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    family: 'award-form',
    rank: 30,
    conferringAuthority: 'Thủ tướng Chính phủ',
  },
  provMerit: {
    code: 'bk-ubnd',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    family: 'award-form',
    rank: 60,
    conferringAuthority: 'Chủ tịch UBND tỉnh',
  },
} satisfies Record<string, AwardTypeRef>;

export function awardConferred(
  conferenceId: string | undefined,
  awardType: AwardTypeRef,
  kind: RecipientKind,
  name: string,
  presentedOnBehalfOf?: string,
  awardId = randomUUID(),
): CloudEvent<AwardConferredData> {
  return envelope(
    AwardConferred,
    awardId,
    {
      awardId,
      decision: {
        decisionId: randomUUID(),
        number: '231/QĐ-TTg',
        date: '2024-01-15',
        authority: awardType.conferringAuthority,
      },
      awardType,
      recipient: { recipientId: randomUUID(), kind, name },
      ...(conferenceId ? { conferenceId } : {}),
      ...(presentedOnBehalfOf ? { presentedOnBehalfOf } : {}),
    },
    '/services/awards',
  );
}

export function awardRevoked(
  conferred: CloudEvent<AwardConferredData>,
  withConference = true,
): CloudEvent<AwardRevokedData> {
  const d = conferred.data;
  return envelope(
    AwardRevoked,
    d.awardId,
    {
      awardId: d.awardId,
      awardType: d.awardType,
      recipient: d.recipient,
      reason: 'Phát hiện vi phạm sau khi khen thưởng',
      revokingDecision: {
        decisionId: randomUUID(),
        number: '45/QĐ-TTg',
        date: '2024-02-20',
        authority: d.awardType.conferringAuthority,
      },
      ...(withConference && d.conferenceId ? { conferenceId: d.conferenceId } : {}),
    },
    '/services/awards',
  );
}

export async function publishEvent(
  producer: Producer,
  topic: string,
  e: CloudEvent,
  value = JSON.stringify(e.data),
): Promise<void> {
  await producer.send({ topic, acks: -1, messages: [{ key: e.subject, value, headers: toKafkaHeaders(e) }] });
}
