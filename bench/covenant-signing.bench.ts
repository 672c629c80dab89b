import { benchAuth } from './bench-env';
import { MessagingRuntime } from '@tdkt/messaging';
// Covenant signing: a cluster of 34 members (Vietnam's provinces since 2025) signing at once. For
// each covenant, the time from the HTTP response of the last signature to `covenant-signed` on
// the broker, p50/p99 over 200 covenants; against a raw kafkajs produce → consume round trip on
// the same broker in the same run (the fastest an event could travel without the service).
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ConsoleLogger, Logger, type INestApplication } from '@nestjs/common';
import type { Consumer, Kafka } from 'kafkajs';
import { TOPICS } from '@tdkt/contracts';
import { createKafka, ensureTopics } from '@tdkt/messaging';
import {
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  testKafkaBrokers,
  testKafkaLogin,
  testServiceEnv,
} from '@tdkt/testing';
import { createCovenantsApp } from '../services/covenants/src/app.factory';
import { loadCovenantsConfig } from '../services/covenants/src/config/covenants.config';

process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

export const PROVINCES_2025 = [
  'Thành phố Hà Nội',
  'Thành phố Huế',
  'Tỉnh Lai Châu',
  'Tỉnh Điện Biên',
  'Tỉnh Sơn La',
  'Tỉnh Lạng Sơn',
  'Tỉnh Quảng Ninh',
  'Tỉnh Thanh Hóa',
  'Tỉnh Nghệ An',
  'Tỉnh Hà Tĩnh',
  'Tỉnh Cao Bằng',
  'Tỉnh Tuyên Quang',
  'Tỉnh Lào Cai',
  'Tỉnh Thái Nguyên',
  'Tỉnh Phú Thọ',
  'Tỉnh Bắc Ninh',
  'Tỉnh Hưng Yên',
  'Thành phố Hải Phòng',
  'Tỉnh Ninh Bình',
  'Tỉnh Quảng Trị',
  'Thành phố Đà Nẵng',
  'Tỉnh Quảng Ngãi',
  'Tỉnh Gia Lai',
  'Tỉnh Khánh Hòa',
  'Tỉnh Lâm Đồng',
  'Tỉnh Đắk Lắk',
  'Thành phố Hồ Chí Minh',
  'Tỉnh Đồng Nai',
  'Tỉnh Tây Ninh',
  'Thành phố Cần Thơ',
  'Tỉnh Vĩnh Long',
  'Tỉnh Đồng Tháp',
  'Tỉnh Cà Mau',
  'Tỉnh An Giang',
];

export interface CovenantSigningResult {
  bench: 'covenant-signing';
  covenants: number;
  members: number;
  /** ms from the last signature's HTTP response to covenant-signed read from the broker */
  signedLatencyMs: Stats;
  /** ms of a raw kafkajs produce (acks=all) → consume on the same broker */
  baselineRoundTripMs: Stats;
  /** p50 and p99 of the service over the baseline's */
  ratioP50: number;
  ratioP99: number;
  /** ms from the first signature request to the last response, per covenant (34 at once) */
  signingWallMs: Stats;
  /** covenant-signed that reached the consumer before the client had read the last response */
  eventBeforeResponse: number;
  loadAverage: number;
  cores: number;
}

interface Stats {
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
};

/** Nearest-rank percentile. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const stats = (values: number[]): Stats => {
  const s = [...values].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: r(percentile(s, 50)),
    p99: r(percentile(s, 99)),
    mean: r(s.reduce((a, b) => a + b, 0) / s.length),
    min: r(s[0]!),
    max: r(s.at(-1)!),
  };
};

/** Arrival times of messages by key, with a promise per key a caller can wait on. */
class Arrivals {
  private readonly at = new Map<string, number>();
  private readonly waiting = new Map<string, (t: number) => void>();

  record(key: string, t: number): void {
    if (this.at.has(key)) return;
    this.at.set(key, t);
    this.waiting.get(key)?.(t);
  }

  wait(key: string, timeoutMs = 30000): Promise<number> {
    const t = this.at.get(key);
    if (t !== undefined) return Promise.resolve(t);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no message for ${key} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(key, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }
}

async function startConsumer(
  kafka: Kafka,
  topic: string,
  onMessage: (key: string, type: string | undefined, t: number) => void,
): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `bench-${randomBytes(4).toString('hex')}`, maxWaitTimeInMs: 100 });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const t = performance.now();
      onMessage(message.key?.toString() ?? '', message.headers?.ce_type?.toString(), t);
    },
  });
  await joined;
  return consumer;
}

export async function run(
  o: { covenants?: number; members?: number; warmup?: number } = {},
): Promise<CovenantSigningResult> {
  const covenants = o.covenants ?? envInt('BENCH_COVENANTS', 200);
  const members = Math.min(o.members ?? envInt('BENCH_MEMBERS', 34), PROVINCES_2025.length);
  const warmup = o.warmup ?? envInt('BENCH_WARMUP_COVENANTS', 10);
  if (!process.env.BENCH_LOGS) {
    const quiet = new ConsoleLogger();
    quiet.setLogLevels(['fatal']);
    Logger.overrideLogger(quiet);
  }
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const ns = `bench-${randomBytes(4).toString('hex')}.`;
  const db = await createTestDatabase('bench_signing');
  const kafka = createKafka('bench-signing', testKafkaBrokers(), testKafkaLogin());
  const consumers: Consumer[] = [];
  let app: INestApplication | undefined;
  try {
    app = await createCovenantsApp(loadCovenantsConfig(testServiceEnv(db, ns, 'COVENANTS_DB')));
    const url = await listenOnFreePort(app);
    await app.get(MessagingRuntime).whenStarted();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read by field
    const post = async (path: string, body: unknown): Promise<any> => {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await benchAuth()) },
        body: JSON.stringify(body),
      });
      const json = await res.json();
      if (res.status >= 300) throw new Error(`POST ${path} → ${res.status}: ${JSON.stringify(json)}`);
      return json;
    };

    // the service's covenant-signed events, as a downstream consumer reads them
    const signed = new Arrivals();
    consumers.push(
      await startConsumer(kafka, `${ns}${TOPICS.covenant}`, (key, type, t) => {
        if (type === 'covenants.covenant-signed.v1') signed.record(key, t);
      }),
    );
    // the baseline: the same broker, a topic of the same partitions, a plain producer with acks=all
    const baselineTopic = `${ns}bench.baseline.v1`;
    await ensureTopics(kafka, [baselineTopic], 3);
    const echoes = new Arrivals();
    consumers.push(await startConsumer(kafka, baselineTopic, (key, _type, t) => echoes.record(key, t)));
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();

    const cluster = await post('/clusters', {
      name: 'Cụm thi đua 34 tỉnh, thành phố (benchmark)',
      kind: 'cum',
      organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
      members: PROVINCES_2025.slice(0, members).map((unitName) => ({ unitName, joinedOn: '2025-07-01' })),
    });
    log(
      `covenant-signing: ${covenants} covenants × ${members} members signing at once (+${warmup} warm-up); baseline: ${covenants} produce→consume round trips; topics ${ns}*`,
    );

    const signOne = async () => {
      const c = await post('/covenants', {
        title: 'Giao ước thi đua năm 2026',
        clusterId: cluster.id,
        year: 2026,
        membersOn: '2026-01-01',
        targets: [
          { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 8, weight: 60 },
          { name: 'Tỷ lệ hộ nghèo', unit: '%', targetValue: 1, direction: 'lower', weight: 40 },
        ],
      });
      const t0 = performance.now();
      const answers = await Promise.all(
        c.parties.map(async (p: { id: string; unitName: string }) => {
          const body = await post(`/covenants/${c.id}/signatures`, {
            partyId: p.id,
            signatory: { name: `Chủ tịch ${p.unitName}`, titles: [`Chủ tịch UBND ${p.unitName}`] },
          });
          return { completed: body.completed as boolean, at: performance.now() };
        }),
      );
      const last = answers.filter((a) => a.completed);
      if (last.length !== 1) throw new Error(`expected exactly one completing signature, got ${last.length}`);
      const arrived = await signed.wait(c.id);
      return { latency: arrived - last[0]!.at, wall: Math.max(...answers.map((a) => a.at)) - t0 };
    };

    const roundTrip = async (i: number) => {
      const key = `rt-${i}`;
      const t0 = performance.now();
      await producer.send({
        topic: baselineTopic,
        acks: -1,
        messages: [{ key, value: JSON.stringify({ i }), headers: { ce_type: 'bench.round-trip.v1' } }],
      });
      return (await echoes.wait(key)) - t0;
    };

    for (let i = 0; i < warmup; i++) {
      await signOne();
      await roundTrip(-1 - i);
    }
    // alternate, so that both sides see the same machine
    const latencies: number[] = [];
    const walls: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < covenants; i++) {
      baseline.push(await roundTrip(i));
      const { latency, wall } = await signOne();
      latencies.push(latency);
      walls.push(wall);
    }
    await producer.disconnect();

    const result: CovenantSigningResult = {
      bench: 'covenant-signing',
      covenants,
      members,
      signedLatencyMs: stats(latencies),
      baselineRoundTripMs: stats(baseline),
      ratioP50: 0,
      ratioP99: 0,
      signingWallMs: stats(walls),
      eventBeforeResponse: latencies.filter((l) => l < 0).length,
      loadAverage: Math.round(loadavg()[0]! * 100) / 100,
      cores: availableParallelism(),
    };
    result.ratioP50 = Math.round((result.signedLatencyMs.p50 / result.baselineRoundTripMs.p50) * 100) / 100;
    result.ratioP99 = Math.round((result.signedLatencyMs.p99 / result.baselineRoundTripMs.p99) * 100) / 100;
    const row = (name: string, s: Stats) =>
      `  ${name.padEnd(44)} ${[s.p50, s.p99, s.mean, s.min, s.max].map((n) => n.toFixed(1).padStart(8)).join('')}`;
    log(`  ${''.padEnd(44)} ${['p50', 'p99', 'mean', 'min', 'max'].map((h) => h.padStart(8)).join('')}   (ms)`);
    log(row('last signature response → covenant-signed', result.signedLatencyMs));
    log(row('baseline: kafkajs produce → consume', result.baselineRoundTripMs));
    log(row(`${members} signatures at once (first → last)`, result.signingWallMs));
    log(
      `  service / baseline: p50 ×${result.ratioP50}, p99 ×${result.ratioP99}; event before the response in ${result.eventBeforeResponse} of ${covenants}`,
    );
    log(JSON.stringify(result));
    return result;
  } finally {
    for (const c of consumers) await c.disconnect().catch(() => undefined);
    await app?.close();
    await dropTestDatabase(db);
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(ns));
    if (topics.length) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  }
}
