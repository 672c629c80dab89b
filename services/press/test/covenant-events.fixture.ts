import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { CovenantSigned, toKafkaHeaders, type CloudEvent, type CovenantSignedData } from '@tdkt/contracts';

/** A covenant-signed event; `tenant` owns the covenant (by default the test users' province). */
export function covenantSignedEvent(
  overrides: Partial<CovenantSignedData> = {},
  tenant = 'province:kiem-thu',
): CloudEvent<CovenantSignedData> {
  const covenantId = overrides.covenantId ?? randomUUID();
  const party = (order: number, unitName: string, name: string, titles: string[]) => ({
    partyId: randomUUID(),
    unitName,
    order,
    signatory: { name, titles },
    signedAt: '2024-03-05T02:30:00.000Z',
  });
  const id = randomUUID();
  return {
    id,
    type: CovenantSigned.type,
    source: '/services/covenants',
    specversion: '1.0',
    time: new Date().toISOString(),
    subject: covenantId,
    datacontenttype: 'application/json',
    correlationid: id,
    tenant,
    data: {
      covenantId,
      title: 'Giao ước thi đua năm 2024',
      clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
      year: 2024,
      fullySignedAt: '2024-03-05T02:30:00.000Z',
      parties: [
        party(1, 'Tỉnh Hà Giang', 'Nguyễn Văn Sơn', ['Chủ tịch UBND tỉnh Hà Giang']),
        party(2, 'Tỉnh Cao Bằng', 'Lê Hải Hòa', ['Phó Chủ tịch UBND tỉnh Cao Bằng']),
      ],
      ...overrides,
    },
  };
}

export async function publishEvent(
  producer: Producer,
  topic: string,
  e: CloudEvent,
  value = JSON.stringify(e.data),
): Promise<void> {
  await producer.send({ topic, acks: -1, messages: [{ key: e.subject, value, headers: toKafkaHeaders(e) }] });
}
