import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import {
  AwardConferred,
  AwardRevoked,
  ConferenceCancelled,
  ConferenceRescheduled,
  ConferenceScheduled,
  TOPICS,
  toKafkaHeaders,
  type AwardConferredData,
  type AwardRevokedData,
  type CloudEvent,
  type ConferenceScheduledData,
  type EventDefinition,
} from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { MessagingRuntime } from '@tdkt/messaging';
import {
  bearer,
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
  type ReceivedMail,
  type SmtpSink,
} from '@tdkt/testing';
import { createInvitationsApp } from '../src/app.factory';
import { ManualClock } from '../src/common/domain/clock';
import { loadInvitationsConfig } from '../src/config/invitations.config';

export const PUBLIC_BASE_URL = 'https://moi.tdkt.test';
/** generated per run: no secret is written in the repository */
export const TEST_RSVP_SECRET = randomBytes(32).toString('base64url');

/** A test environment: its own database and topics, a clock the test moves, the SMTP sink. */
export async function invitationsEnvironment(label: string, smtp: SmtpSink, clockStart = '2024-02-01T01:00:00Z') {
  const db: DatabaseConfig = await createTestDatabase(label);
  const namespace = uniqueNamespace(label);
  const clock = new ManualClock(clockStart);
  return {
    db,
    namespace,
    clock,
    smtp,
    conferenceTopic: `${namespace}${TOPICS.conference}`,
    awardTopic: `${namespace}${TOPICS.award}`,
    invitationTopic: `${namespace}${TOPICS.invitation}`,
    drop: () => dropTestDatabase(db),
    /** how many of these messages the service's inbox has handled */
    processed: async (ids: string[]): Promise<number> => {
      const client = new Client({ ...db });
      await client.connect();
      try {
        const r = await client.query(
          'SELECT count(DISTINCT message_id)::int AS n FROM processed_messages WHERE message_id = ANY($1::text[])',
          [ids],
        );
        return r.rows[0].n;
      } finally {
        await client.end();
      }
    },
    /** SQL on the service's own database (for assertions on its tables) */
    sql: async (text: string, params: unknown[] = []) => {
      const client = new Client({ ...db });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export type InvitationsEnvironment = Awaited<ReturnType<typeof invitationsEnvironment>>;

/** One invitations instance over real HTTP, sending to the SMTP sink; fast mail and reminder rounds. */
export async function startInvitations(
  env: InvitationsEnvironment,
  extra: NodeJS.ProcessEnv = {},
  logStream?: { write(line: string): void },
) {
  const config = loadInvitationsConfig({
    ...testServiceEnv(env.db, env.namespace, 'INVITATIONS_DB'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(env.smtp.port),
    SMTP_FROM: 'Văn phòng UBND tỉnh <no-reply@tdkt.test>',
    RSVP_SECRET: TEST_RSVP_SECRET,
    PUBLIC_BASE_URL,
    MAIL_POLL_MS: '100',
    MAIL_RETRY_BASE_MS: '200',
    MAIL_RETRY_MAX_MS: '800',
    REMINDER_POLL_MS: '100',
    ...extra,
  });
  const app: INestApplication = await createInvitationsApp(config, env.clock, logStream);
  const url = await listenOnFreePort(app);
  await app.get(MessagingRuntime).whenStarted();
  await app.get(MessagingRuntime).consumer!.waitUntilJoined();
  return { app, url, http: { ...httpClient(url), ...moreVerbs(url) }, stop: () => app.close() };
}

/** A non-JSON answer (an HTML page, a spreadsheet) read as it came, with test-runner's token. */
function moreVerbs(baseUrl: string) {
  return {
    raw: async (path: string) => fetch(`${baseUrl}${path}`, { headers: await bearer('test-runner') }),
  };
}

/** The organization of test-runner: what agenda stamps on the events of its conferences. */
export const TEST_TENANT = 'province:kiem-thu';

/** A CloudEvent of another service, as it would arrive on the wire (binary mode). */
export function foreignEvent<T>(def: EventDefinition<T>, subject: string, data: T, time = new Date()): CloudEvent<T> {
  const id = randomUUID();
  return {
    id,
    type: def.type,
    source: def.type.startsWith('agenda') ? '/services/agenda' : '/services/awards',
    specversion: '1.0',
    time: time.toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: id,
    // as agenda and awards stamp it: the organization owning the conference (or the award)
    tenant: TEST_TENANT,
    data,
  };
}

export async function publish(producer: Producer, topic: string, e: CloudEvent): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: [{ key: e.subject, value: JSON.stringify(e.data), headers: toKafkaHeaders(e) }],
  });
}

export const SON_LA_ORG = '5b0a6f6e-0c5d-4a8e-9f00-00000000050a';

/** Sơn La's year-end conference (the seed article, docs/domain.md#the-seed-articles): hybrid, with two connection points. */
export function scheduled(over: Partial<ConferenceScheduledData> = {}): ConferenceScheduledData {
  return {
    conferenceId: randomUUID(),
    organizer: { organizationId: SON_LA_ORG, name: 'UBND tỉnh Sơn La' },
    kind: 'provincial-review',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
    yearReviewed: 2023,
    yearLaunched: 2024,
    timeZone: 'Asia/Ho_Chi_Minh',
    startsAt: '2024-02-29T01:00:00.000Z',
    endsAt: '2024-02-29T04:30:00.000Z',
    format: 'hybrid',
    venue: { name: 'Hội trường Trung tâm Hội nghị tỉnh', address: 'Thành phố Sơn La' },
    connectionPoints: [
      {
        connectionPointId: randomUUID(),
        hostUnit: 'UBND huyện Mộc Châu',
        location: 'Hội trường UBND huyện Mộc Châu',
        expectedAttendees: 40,
      },
      {
        connectionPointId: randomUUID(),
        hostUnit: 'UBND huyện Sông Mã',
        location: 'Hội trường UBND huyện Sông Mã',
        expectedAttendees: 35,
      },
    ],
    ...over,
  };
}

export const agenda = {
  scheduled: (d: ConferenceScheduledData, time?: Date) => foreignEvent(ConferenceScheduled, d.conferenceId, d, time),
  rescheduled: (
    d: ConferenceScheduledData,
    startsAt: string,
    endsAt: string,
    reason = 'Trùng lịch làm việc của Ban Thường vụ Tỉnh ủy',
    time?: Date,
  ) =>
    foreignEvent(
      ConferenceRescheduled,
      d.conferenceId,
      {
        conferenceId: d.conferenceId,
        startsAt,
        endsAt,
        previousStartsAt: d.startsAt,
        previousEndsAt: d.endsAt,
        reason,
      },
      time,
    ),
  cancelled: (conferenceId: string, reason = 'Theo chỉ đạo của Thường trực Tỉnh ủy', time?: Date) =>
    foreignEvent(
      ConferenceCancelled,
      conferenceId,
      { conferenceId, reason, cancelledAt: '2024-02-20T02:00:00.000Z' },
      time,
    ),
};

export const awards = {
  conferred: (d: AwardConferredData) => foreignEvent(AwardConferred, d.awardId, d),
  revoked: (d: AwardRevokedData) => foreignEvent(AwardRevoked, d.awardId, d),
};

/** The Sơn La officials of the seed article, as guests. */
export const SON_LA_OFFICIALS = [
  {
    name: 'Vi Đức Thọ',
    titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
    organization: 'Ủy ban MTTQ Việt Nam tỉnh Sơn La',
    email: 'tho.vd@sonla.gov.vn',
  },
  {
    name: 'Tráng Thị Xuân',
    titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'],
    organization: 'UBND tỉnh Sơn La',
    email: 'xuan.tt@sonla.gov.vn',
  },
  {
    name: 'Nguyễn Thái Hưng',
    titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    organization: 'HĐND tỉnh Sơn La',
    email: 'hung.nt@sonla.gov.vn',
  },
];

/** Mail helpers: the ICS part, the RSVP token of a mail, to whom it went. */
export const mail = {
  ics: (m: ReceivedMail): string => {
    const part = m.parsed.attachments.find((a) => a.mimeType === 'text/calendar' || a.mimeType === 'application/ics');
    return part ? Buffer.from(part.content as ArrayBuffer).toString('utf8') : '';
  },
  icsField: (m: ReceivedMail, field: string): string | undefined =>
    new RegExp(`^${field}:(.*)$`, 'm').exec(mail.ics(m).replace(/\r\n /g, ''))?.[1]?.trim(),
  to: (m: ReceivedMail) => m.envelope.to[0],
  rsvpToken: (m: ReceivedMail): string => {
    const match = /\/rsvp\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\?answer=accepted/.exec(m.parsed.text ?? '');
    if (!match) throw new Error(`no RSVP link in "${m.parsed.subject}"`);
    return match[1]!;
  },
  qrPng: (m: ReceivedMail) => m.parsed.attachments.find((a) => a.mimeType === 'image/png'),
};
