// Press benchmark (a small run is in the test suite: infra/test/bench). Needs the broker and PostgreSQL (bash infra/kafka/start.sh).
// Figures, each next to a baseline measured in the same run on the same broker / database:
//  1. the full conference report for a conference with 3.500 awards and 300 attendees:
//     a. written in memory from its read model (the paragraph builders alone), median of runs;
//     b. regenerated in the database (load the read model, write, diff, save a version, outbox),
//        median of runs  vs  raw `pg` reading the same read-model rows (the floor of any refresh).
//     Target ≤ 200 ms.
//  2. end to end, from the HTTP response of a covenant's last signature (covenants service) to the
//     updated draft in the press database (outbox → relay → Kafka → press consumer → draft),
//     p50 / p99 at a steady BENCH_PRESS_RATE signatures/s for BENCH_PRESS_SECONDS
//     vs a raw kafkajs produce → consume round trip at the same rate. Target p99 ≤ 100 ms (issue 15).
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  ConferenceConcluded,
  ConferenceScheduled,
  MovementLaunched,
  type AwardTypeRef,
  type RecipientKind,
} from '@tdkt/contracts';
import { applyConferenceEvent, type ConferenceReplica } from '@tdkt/replicas';
import { ensureTopics, MessagingRuntime } from '@tdkt/messaging';
import {
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  testKafka,
  testServiceEnv,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { createCovenantsApp } from '../services/covenants/src/app.factory';
import { loadCovenantsConfig } from '../services/covenants/src/config/covenants.config';
import { createPressApp } from '../services/press/src/app.factory';
import { loadPressConfig } from '../services/press/src/config/press.config';
import { writeConferenceReport } from '../services/press/src/drafts/domain/conference-report.writer';
import { DraftsRefresher } from '../services/press/src/drafts/regeneration/drafts.refresher';
import { conferenceSubject } from '../services/press/src/read-model/domain/subject';
import type { AttendeeFacts } from '../services/press/src/read-model/domain/attendee';
import type { AwardFact } from '../services/press/src/read-model/domain/award-tally';
import type { ConferenceFile } from '../services/press/src/read-model/domain/conference-file';
import { DataSource } from 'typeorm';
import { benchAuth, envInt, within } from './bench-env';

export interface PressSizes {
  awards: number;
  attendees: number;
  runs: number;
  /** signatures per second of the end-to-end part (even: two parties per covenant) */
  rate: number;
  seconds: number;
}
const sizesFrom = (o: Partial<PressSizes>): PressSizes => ({
  awards: o.awards ?? envInt('BENCH_PRESS_AWARDS', 3500),
  attendees: o.attendees ?? envInt('BENCH_PRESS_ATTENDEES', 300),
  runs: o.runs ?? envInt('BENCH_PRESS_RUNS', 15),
  rate: o.rate ?? envInt('BENCH_PRESS_RATE', 100),
  seconds: o.seconds ?? envInt('BENCH_PRESS_SECONDS', 60),
});
export const TARGET_REPORT_MS = 200;
export const TARGET_P99_MS = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const TYPES: AwardTypeRef[] = [
  ['HC_LAO_DONG_3', 'Huân chương Lao động hạng Ba', 142, 'Chủ tịch nước'],
  ['NHA_GIAO_UU_TU', 'Nhà giáo ưu tú', 220, 'Chủ tịch nước'],
  ['CO_THI_DUA_CHINH_PHU', 'Cờ thi đua của Chính phủ', 300, 'Thủ tướng Chính phủ'],
  ['BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 302, 'Thủ tướng Chính phủ'],
  ['CO_THI_DUA_UBND_TINH', 'Cờ thi đua của UBND tỉnh', 310, 'Chủ tịch UBND tỉnh'],
  ['CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh', 320, 'Chủ tịch UBND tỉnh'],
  ['TAP_THE_LAO_DONG_XUAT_SAC', 'Tập thể Lao động xuất sắc', 330, 'Chủ tịch UBND tỉnh'],
  ['BANG_KHEN_CHU_TICH_UBND_TINH', 'Bằng khen của Chủ tịch UBND tỉnh', 340, 'Chủ tịch UBND tỉnh'],
].map(([code, name, rank, conferringAuthority]) => ({
  code: code as string,
  name: name as string,
  rank: rank as number,
  family: 'award-form' as const,
  conferringAuthority: conferringAuthority as string,
}));

/** A Hà Giang-sized conference: its read model as the projection stores it. */
function bigConference(s: PressSizes): ConferenceFile {
  const conferenceId = randomUUID();
  const at = '2023-12-27T01:00:00.000Z';
  const awards: AwardFact[] = Array.from({ length: s.awards }, (_, i) => {
    const type = TYPES[i < 60 ? i % 4 : 4 + (i % 4)]!;
    const kind: RecipientKind =
      type.code.startsWith('CO_') || type.code.startsWith('TAP_THE')
        ? 'collective'
        : i % 5 === 0
          ? 'collective'
          : 'individual';
    return {
      awardId: randomUUID(),
      awardType: type,
      recipientKind: kind,
      conferredEventId: randomUUID(),
      ...(i % 97 === 0 ? { revokedEventId: randomUUID() } : {}),
    };
  });
  const attendees: AttendeeFacts[] = Array.from({ length: s.attendees }, (_, i) => {
    const guest = {
      guestId: randomUUID(),
      name: `Nguyễn Văn Đại Biểu ${i + 1}`,
      titles: ['Ủy viên BCH Đảng bộ tỉnh', `Giám đốc Sở số ${i + 1}`],
      precedence: i + 1,
    };
    return {
      conferenceId,
      guestId: guest.guestId,
      guest: { data: guest, eventId: randomUUID(), time: at },
      rsvp: { data: { response: 'accepted' }, eventId: randomUUID(), time: at },
    };
  });
  return {
    conference: [
      {
        id: randomUUID(),
        time: at,
        type: ConferenceScheduled.type,
        data: {
          conferenceId,
          organizer: { name: 'UBND tỉnh Hà Giang' },
          kind: 'provincial-review',
          title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
          yearReviewed: 2023,
          yearLaunched: 2024,
          timeZone: 'Asia/Ho_Chi_Minh',
          startsAt: at,
          endsAt: at,
          format: 'in-person',
          venue: { name: 'Hội trường HĐND - UBND tỉnh' },
        },
      },
      {
        id: randomUUID(),
        time: at,
        type: MovementLaunched.type,
        data: {
          conferenceId,
          year: 2024,
          theme: 'Đoàn kết, đổi mới, sáng tạo',
          launchedBy: { name: 'Hoàng Gia Long', titles: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
        },
      },
      { id: randomUUID(), time: at, type: ConferenceConcluded.type, data: { conferenceId, at } },
    ].reduce<ConferenceReplica>(applyConferenceEvent, { conferenceId }),
    attendees,
    awards,
    decisions: [],
    covenants: [],
    ceremony: [],
    clusters: [],
  };
}

async function reportFigures(
  pressDb: Awaited<ReturnType<typeof createTestDatabase>>,
  ds: DataSource,
  refresher: DraftsRefresher,
  s: PressSizes,
) {
  const file = bigConference(s);
  // 1a. in memory
  for (let i = 0; i < 3; i++) writeConferenceReport(file);
  const memory: number[] = [];
  for (let i = 0; i < s.runs; i++) {
    const t0 = performance.now();
    writeConferenceReport(file);
    memory.push(performance.now() - t0);
  }
  // 1b. in the database: the read model as the projection writes it, then regenerations that each change a count
  const id = file.conference.conferenceId;
  await ds.query('INSERT INTO rm_conferences (conference_id, facts) VALUES ($1, $2)', [id, file.conference]);
  await ds.query(
    "INSERT INTO rm_attendees (conference_id, guest_id, facts) SELECT $1, (f->>'guestId')::uuid, f FROM jsonb_array_elements($2::jsonb) f",
    [id, JSON.stringify(file.attendees)],
  );
  await ds.query(
    `INSERT INTO rm_awards (award_id, conference_id, award_type, recipient_kind, conferred_event_id, revoked_event_id)
     SELECT (a->>'awardId')::uuid, $1, a->'awardType', a->>'recipientKind', a->>'conferredEventId', a->>'revokedEventId' FROM jsonb_array_elements($2::jsonb) a`,
    [id, JSON.stringify(file.awards)],
  );
  await ds.query('VACUUM ANALYZE rm_awards');
  const refresh: number[] = [];
  for (let i = 0; i < s.runs + 2; i++) {
    // one more award each time: every run writes a new version
    await ds.query(
      `INSERT INTO rm_awards (award_id, conference_id, award_type, recipient_kind, conferred_event_id) VALUES ($1, $2, $3, 'individual', $4)`,
      [randomUUID(), id, TYPES[7], randomUUID()],
    );
    const t0 = performance.now();
    await ds.transaction((m) => refresher.refresh(m, conferenceSubject(id)));
    if (i >= 2) refresh.push(performance.now() - t0);
  }
  // baseline: raw pg reading the same rows
  const pg = new Client({ ...pressDb });
  await pg.connect();
  const raw: number[] = [];
  for (let i = 0; i < s.runs + 2; i++) {
    const t0 = performance.now();
    await pg.query('SELECT facts FROM rm_conferences WHERE conference_id = $1', [id]);
    await pg.query('SELECT facts FROM rm_attendees WHERE conference_id = $1', [id]);
    await pg.query(
      'SELECT award_id, award_type, recipient_kind, presented_on_behalf_of, conferred_event_id, revoked_event_id FROM rm_awards WHERE conference_id = $1',
      [id],
    );
    if (i >= 2) raw.push(performance.now() - t0);
  }
  await pg.end();
  return {
    reportInMemoryMs: round(median(memory)),
    reportRegeneratedInDbMs: round(median(refresh)),
    reportRegeneratedP95Ms: round(pct(refresh, 95)),
    baselineRawPgReadMs: round(median(raw)),
  };
}

async function baselineRoundTrip(ns: string, s: PressSizes): Promise<number[]> {
  const kafka = testKafka('bench-press-raw');
  const topic = `${ns}bench.raw`;
  await ensureTopics(kafka, [topic]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${ns}bench-raw` });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  await new Promise<void>((resolve) => {
    consumer.on(consumer.events.GROUP_JOIN, () => resolve());
    void consumer.run({
      eachMessage: async ({ message }) => {
        const t = sentAt.get(message.key!.toString());
        if (t !== undefined) latencies.push(performance.now() - t);
      },
    });
  });
  const total = s.rate * s.seconds;
  const start = performance.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / s.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const key = randomUUID();
    sentAt.set(key, performance.now()); // from the moment the producer is asked, as the signature's clock starts at its response
    sends.push(producer.send({ topic, acks: -1, messages: [{ key, value: JSON.stringify({ i }) }] }));
  }
  await Promise.all(sends);
  await waitFor(() => latencies.length >= total, { timeoutMs: 60000, what: 'raw round trips' });
  await consumer.disconnect();
  await producer.disconnect();
  return latencies;
}

async function signatureLatency(
  ns: string,
  covDb: Awaited<ReturnType<typeof createTestDatabase>>,
  pressDb: Awaited<ReturnType<typeof createTestDatabase>>,
  s: PressSizes,
) {
  const covenants = await createCovenantsApp(loadCovenantsConfig(testServiceEnv(covDb, ns, 'COVENANTS_DB')));
  const url = await listenOnFreePort(covenants);
  await covenants.get(MessagingRuntime).whenStarted();
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await benchAuth()) },
      body: JSON.stringify(body),
    });
    if (r.status !== 201) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<{ id: string; parties: { id: string }[] }>;
  };
  // 2 parties each: RATE signatures/s is RATE/2 covenants fully signed per second
  const count = Math.ceil((s.rate * s.seconds) / 2);
  // a covenant names its bloc (khối thi đua); its members are the parties
  const bloc = await post('/clusters', {
    name: 'Khối thi đua các sở, ban, ngành tỉnh (benchmark)',
    kind: 'khoi',
    organizingBody: 'Ủy ban nhân dân tỉnh',
    members: ['Sở Nội vụ', 'Sở Tài chính'].map((unitName) => ({ unitName, joinedOn: '2025-01-01' })),
  });
  const created: { id: string; parties: { id: string }[] }[] = [];
  for (let i = 0; i < count; i += 50) {
    created.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, (_, j) =>
          post('/covenants', {
            title: `Giao ước thi đua năm 2025 số ${i + j + 1}`,
            clusterId: bloc.id,
            year: 2025,
            membersOn: '2025-01-01',
            targets: [{ name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', targetValue: 98.5, weight: 100 }],
          }),
        ),
      )),
    );
  }
  const pg = new Client({ ...pressDb });
  await pg.connect();
  // the press has seen every covenant-created before the clock starts
  await waitFor(async () => Number((await pg.query('SELECT count(*) FROM rm_covenants')).rows[0].count) >= count, {
    timeoutMs: 120000,
    what: 'covenants known to press',
  });
  const answeredAt = new Map<string, number>();
  const latencies: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling || answeredAt.size > 0) {
      const ids = [...answeredAt.keys()];
      if (ids.length) {
        const rows = (
          await pg.query(
            `SELECT subject_id FROM drafts WHERE kind = 'covenant-signing' AND subject_id = ANY($1::uuid[])`,
            [ids],
          )
        ).rows;
        const now = performance.now();
        for (const r of rows) {
          latencies.push(now - answeredAt.get(r.subject_id)!);
          answeredAt.delete(r.subject_id);
        }
      }
      await sleep(2);
    }
  })();
  const auth = await benchAuth();
  const sign = (c: { id: string; parties: { id: string }[] }, p: number) =>
    fetch(`${url}/covenants/${c.id}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        partyId: c.parties[p]!.id,
        signatory: { name: `Giám đốc ${p + 1}`, titles: ['Giám đốc Sở'] },
      }),
    }).then(async (r) => {
      await r.text();
      if (r.status !== 201) throw new Error(`signature: ${r.status}`);
      if (p === 1) answeredAt.set(c.id, performance.now());
    });
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < count * 2; i++) {
    const due = start + (i * 1000) / s.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    // the second signature of a covenant follows its first by half a second
    const c = created[i % 2 === 0 ? i / 2 : Math.max(0, (i - 1) / 2 - Math.floor(s.rate / 4))];
    const party = i % 2 === 0 ? 0 : 1;
    if (c && !(party === 1 && (i - 1) / 2 - Math.floor(s.rate / 4) < 0)) inflight.push(sign(c, party));
  }
  const elapsed = (performance.now() - start) / 1000;
  // the tail: the last RATE/4 covenants get their second signature now
  for (let k = count - Math.floor(s.rate / 4); k < count; k++) {
    await sleep(1000 / s.rate);
    if (k >= 0) inflight.push(sign(created[k]!, 1));
  }
  await Promise.all(inflight);
  await waitFor(() => answeredAt.size === 0, { timeoutMs: 60000, what: 'every draft' });
  polling = false;
  await poller;
  await pg.end();
  await covenants.close();
  return { latencies, achievedRate: round((count * 2) / elapsed) };
}

export async function run(o: Partial<PressSizes> = {}): Promise<Record<string, unknown>> {
  const s = sizesFrom(o);
  const ns = uniqueNamespace('bench-press');
  const pressDb = await createTestDatabase('bench_press');
  const covDb = await createTestDatabase('bench_press_cov');
  const press = await createPressApp(loadPressConfig(testServiceEnv(pressDb, ns, 'PRESS_DB')));
  await listenOnFreePort(press);
  await within('press: messaging started', 60_000, press.get(MessagingRuntime).whenStarted());
  await within('press: consumer joined its group', 60_000, press.get(MessagingRuntime).consumer!.waitUntilJoined());
  try {
    const report = await reportFigures(pressDb, press.get(DataSource), press.get(DraftsRefresher), s);
    console.log(
      `press: full report for ${s.awards} awards and ${s.attendees} attendees — written in memory ${report.reportInMemoryMs} ms; ` +
        `regenerated in the database ${report.reportRegeneratedInDbMs} ms (p95 ${report.reportRegeneratedP95Ms} ms; target ≤ ${TARGET_REPORT_MS} ms); ` +
        `baseline raw pg read of the same rows ${report.baselineRawPgReadMs} ms`,
    );
    const raw = await baselineRoundTrip(ns, s);
    const e2e = await signatureLatency(ns, covDb, pressDb, s);
    const figures = {
      benchmark: 'press-report',
      awards: s.awards,
      attendees: s.attendees,
      ...report,
      rate: s.rate,
      seconds: s.seconds,
      achievedSignaturesPerSec: e2e.achievedRate,
      drafts: e2e.latencies.length,
      lastSignatureToDraftP50Ms: round(pct(e2e.latencies, 50)),
      lastSignatureToDraftP99Ms: round(pct(e2e.latencies, 99)),
      lastSignatureToDraftP999Ms: round(pct(e2e.latencies, 99.9)),
      baselineRawKafkaRoundTripP50Ms: round(pct(raw, 50)),
      baselineRawKafkaRoundTripP99Ms: round(pct(raw, 99)),
      baselineRawKafkaRoundTripP999Ms: round(pct(raw, 99.9)),
      targets: { reportMs: TARGET_REPORT_MS, p99Ms: TARGET_P99_MS },
    };
    console.log(
      `press: last signature's HTTP response → updated draft at ${s.rate} signatures/s for ${s.seconds} s (${e2e.latencies.length} drafts): ` +
        `p50 ${figures.lastSignatureToDraftP50Ms} ms, p99 ${figures.lastSignatureToDraftP99Ms} ms, p99.9 ${figures.lastSignatureToDraftP999Ms} ms (target p99 ≤ ${TARGET_P99_MS} ms); ` +
        `baseline raw kafkajs produce → consume p50 ${figures.baselineRawKafkaRoundTripP50Ms} ms, p99 ${figures.baselineRawKafkaRoundTripP99Ms} ms, p99.9 ${figures.baselineRawKafkaRoundTripP999Ms} ms`,
    );
    console.log(JSON.stringify(figures));
    return figures;
  } finally {
    await press.close();
    await dropTestDatabase(pressDb);
    await dropTestDatabase(covDb);
  }
}
