// Relay throughput: events/s from committed outbox rows to the broker's ack, against a raw
// kafkajs producer loop sending the same messages to the same broker in the same run.
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { TOPICS, dlqTopic } from '@tdkt/contracts';
import { MessagingTables1700000000000, OutboxParked1700000000002, OutboxRelay, ensureTopics } from '@tdkt/messaging';
import { createDataSource, runMigrations, type DatabaseConfig } from '@tdkt/persistence';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import {
  benchKafka,
  covenantIds,
  envInt,
  fmt,
  median,
  outboxRows,
  relayProducer,
  table,
  type OutboxInsert,
} from './bench-env';

export const TARGET_RATIO = 0.7;

export interface RelayThroughputResult {
  bench: 'relay-throughput';
  events: number;
  batchSize: number;
  runs: number;
  baselineEventsPerSec: number;
  relayEventsPerSec: number;
  ratio: number;
  target: number;
  pass: boolean;
  baselineRuns: number[];
  relayRuns: number[];
  /** relay/baseline of each alternating pair: the spread shows how noisy the machine was */
  runRatios: number[];
  /** PostgreSQL checkpoints inside the measured relay runs (each makes its run slower) */
  checkpointsDuringRelay: number;
  /** 1-minute load average when the benchmark began, and the cores it had */
  loadAverage: number;
  cores: number;
}

/** Relay-like publisher under test: the real OutboxRelay by default; bench variants plug in here. */
export interface RelayUnderTest {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** set when a (bench-made) relay gave up: the measurement stops with it */
  readonly error?: unknown;
}
export type RelayFactory = (ds: DataSource, producer: Producer, batchSize: number) => RelayUnderTest;
const realRelay: RelayFactory = (ds, producer, batchSize) =>
  new OutboxRelay(ds, producer, { batchSize, pollIntervalMs: 1000 });

const STALL_MS = 30000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RelayBenchOptions {
  events?: number;
  batchSize?: number;
  runs?: number;
  warmup?: number;
  keys?: number;
  log?: (line: string) => void;
}

export class RelayBench {
  readonly events: number;
  readonly batchSize: number;
  readonly runs: number;
  readonly warmup: number;
  readonly keys: number;
  private readonly log: (line: string) => void;
  private readonly ns = `bench-${randomBytes(4).toString('hex')}.`;
  readonly relayTopic = `${this.ns}${TOPICS.covenant}`;
  readonly baselineTopic = `${this.ns}baseline.${TOPICS.covenant}`;
  private db?: DatabaseConfig;
  ds?: DataSource;
  private control?: Client;
  private kafka?: Kafka;
  private baselineProducer?: Producer;
  relayProducer?: Producer;
  private running?: RelayUnderTest;
  private sent = { baseline: 0, relay: 0 };
  /** PostgreSQL checkpoints that fell inside timed relay runs (each slows that run down) */
  checkpointsDuringRelay = 0;
  warmRows: OutboxInsert[] = [];
  rows: OutboxInsert[] = [];

  constructor(o: RelayBenchOptions = {}) {
    this.events = o.events ?? envInt('BENCH_EVENTS', 20000);
    this.batchSize = o.batchSize ?? envInt('BENCH_BATCH', 500);
    this.runs = o.runs ?? envInt('BENCH_RUNS', 3);
    this.warmup = o.warmup ?? envInt('BENCH_WARMUP', 5000);
    this.keys = o.keys ?? envInt('BENCH_KEYS', 200);
    this.log = o.log ?? ((l) => console.log(l));
  }

  async setUp(): Promise<void> {
    this.db = await createTestDatabase('bench_relay');
    this.ds = createDataSource({
      database: this.db,
      entities: [],
      migrations: [MessagingTables1700000000000, OutboxParked1700000000002],
      applicationName: 'bench',
    });
    await this.ds.initialize();
    await runMigrations(this.ds);
    this.control = new Client({ ...this.db, connectionTimeoutMillis: 5000 });
    await this.control.connect();

    this.kafka = benchKafka('bench');
    await ensureTopics(this.kafka, [this.relayTopic, this.baselineTopic], 3);
    this.baselineProducer = await relayProducer(this.kafka);
    this.relayProducer = await relayProducer(this.kafka);

    const ids = covenantIds(this.keys);
    this.warmRows = await outboxRows('/bench/covenants', this.ns, this.warmup, ids);
    this.rows = await outboxRows('/bench/covenants', this.ns, this.events, ids);
    const bytes = this.rows.reduce((s, r) => s + Buffer.byteLength(r.payload), 0) / this.rows.length;
    this.log(
      `relay-throughput: ${fmt(this.events)} events (~${fmt(bytes)} B JSON each, ${this.keys} keys), ` +
        `batch ${this.batchSize}, ${this.runs} runs each, warm-up ${fmt(this.warmup)}; topics ${this.ns}*`,
    );
  }

  /** Raw kafkajs loop: the same messages, headers and batch size, one batch in flight, acks=all. */
  async baseline(rows: OutboxInsert[]): Promise<number> {
    const producer = this.baselineProducer!;
    await this.control!.query('CHECKPOINT'); // the relay run starts from one too
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const messages = rows
        .slice(i, i + this.batchSize)
        .map((r) => ({ key: r.key, value: JSON.stringify(r.data), headers: r.headers }));
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic: this.baselineTopic, messages }] });
    }
    const seconds = (performance.now() - t0) / 1000;
    this.sent.baseline += rows.length;
    return rows.length / seconds;
  }

  /** Rows committed in the outbox (untimed), then timed from relay.start() until the outbox is empty (every row acked and removed). */
  async relay(rows: OutboxInsert[], factory: RelayFactory = realRelay): Promise<number> {
    await this.fillOutbox(rows);
    const checkpointsBefore = await this.checkpoints();
    const relay = factory(this.ds!, this.relayProducer!, this.batchSize);
    this.running = relay;
    const t0 = performance.now();
    await relay.start();
    // cheap (partial index on unsent rows) and on its own connection, every 20 ms
    let pending = rows.length;
    let progressAt = t0;
    for (;;) {
      const {
        rows: [row],
      } = await this.control!.query('SELECT count(*)::int AS pending FROM outbox');
      if (row.pending === 0) break;
      if (relay.error) throw relay.error;
      const now = performance.now();
      if (row.pending < pending) [pending, progressAt] = [row.pending, now];
      else if (now - progressAt > STALL_MS) {
        throw new Error(
          `the relay published nothing for ${STALL_MS / 1000} s, ${pending} rows unsent (BENCH_LOGS=1 shows why)`,
        );
      }
      await sleep(20);
    }
    const seconds = (performance.now() - t0) / 1000;
    await relay.stop();
    this.running = undefined;
    this.checkpointsDuringRelay += (await this.checkpoints()) - checkpointsBefore;
    // the relay removes a row only after the broker's ack: none may be left
    const {
      rows: [{ left }],
    } = await this.control!.query('SELECT count(*)::int AS "left" FROM outbox');
    if (left !== 0) throw new Error(`after the relay: ${left} of ${rows.length} rows still in the outbox`);
    this.sent.relay += rows.length;
    return rows.length / seconds;
  }

  /**
   * Each run starts from the same state: a checkpoint just done (one during the run makes every
   * first write to a page log the whole page; other work on the server, e.g. DROP DATABASE, can
   * still cause one: the run log counts them), an empty table, then the rows in transactions of
   * one batch (the format Outbox.add writes), then VACUUM ANALYZE as autovacuum would have done.
   */
  async fillOutbox(rows: OutboxInsert[]): Promise<void> {
    const c = this.control!;
    await c.query('CHECKPOINT');
    await c.query('TRUNCATE outbox');
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const chunk = rows.slice(i, i + this.batchSize);
      await c.query(
        `INSERT INTO outbox (id, topic, key, type, headers, payload)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[])`,
        [
          chunk.map((r) => r.id),
          chunk.map((r) => r.topic),
          chunk.map((r) => r.key),
          chunk.map((r) => r.type),
          chunk.map((r) => JSON.stringify(r.headers)),
          chunk.map((r) => r.payload),
        ],
      );
    }
    await c.query('VACUUM ANALYZE outbox');
  }

  /** Checkpoints the server has done so far (timed and requested). */
  private async checkpoints(): Promise<number> {
    const {
      rows: [row],
    } = await this.control!.query('SELECT (checkpoints_timed + checkpoints_req)::int AS n FROM pg_stat_bgwriter');
    return row.n;
  }

  /** Every message reached the broker exactly once: the topics' offsets add up. */
  async verifyDelivered(): Promise<void> {
    const admin = this.kafka!.admin();
    await admin.connect();
    try {
      for (const [topic, expected] of [
        [this.baselineTopic, this.sent.baseline],
        [this.relayTopic, this.sent.relay],
      ] as const) {
        const offsets = await admin.fetchTopicOffsets(topic);
        const total = offsets.reduce((s, p) => s + Number(p.high) - Number(p.low), 0);
        if (total !== expected) throw new Error(`${topic} holds ${total} messages, expected ${expected}`);
      }
    } finally {
      await admin.disconnect();
    }
  }

  async tearDown(): Promise<void> {
    const errors: unknown[] = [];
    const attempt = async (f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (e) {
        errors.push(e);
      }
    };
    if (this.running) await attempt(() => this.running!.stop());
    if (this.baselineProducer) await attempt(() => this.baselineProducer!.disconnect());
    if (this.relayProducer) await attempt(() => this.relayProducer!.disconnect());
    if (this.control) await attempt(() => this.control!.end());
    if (this.ds?.isInitialized) await attempt(() => this.ds!.destroy());
    if (this.db) await attempt(() => dropTestDatabase(this.db!));
    if (this.kafka) {
      const admin = this.kafka.admin();
      await attempt(async () => {
        await admin.connect();
        try {
          const ours = new Set([this.relayTopic, this.baselineTopic].flatMap((t) => [t, dlqTopic(t)]));
          const topics = (await admin.listTopics()).filter((t) => ours.has(t));
          if (topics.length) await admin.deleteTopics({ topics });
        } finally {
          await admin.disconnect();
        }
      });
    }
    if (errors.length) throw errors[0];
  }
}

export function report(r: RelayThroughputResult): string {
  return table([
    ['events', fmt(r.events)],
    ['batch size', fmt(r.batchSize)],
    [`baseline events/s (median of ${r.runs})`, fmt(r.baselineEventsPerSec)],
    [`relay events/s (median of ${r.runs})`, fmt(r.relayEventsPerSec)],
    ['ratio relay/baseline', fmt(r.ratio, 2)],
    ['target', `>= ${fmt(r.target, 2)}`],
    ['result', r.pass ? 'PASS' : 'BELOW TARGET'],
  ]);
}

export async function relayThroughput(o: RelayBenchOptions = {}): Promise<RelayThroughputResult> {
  const bench = new RelayBench(o);
  const log = o.log ?? ((l: string) => console.log(l));
  const loadAverage = loadavg()[0]!;
  try {
    await bench.setUp();
    await bench.baseline(bench.warmRows);
    await bench.relay(bench.warmRows);
    const baselineRuns: number[] = [];
    const relayRuns: number[] = [];
    for (let run = 1; run <= bench.runs; run++) {
      const b = await bench.baseline(bench.rows);
      baselineRuns.push(b);
      const checkpoints = bench.checkpointsDuringRelay;
      const r = await bench.relay(bench.rows);
      relayRuns.push(r);
      const during = bench.checkpointsDuringRelay - checkpoints;
      log(
        `  run ${run}: baseline ${fmt(b)} ev/s, relay ${fmt(r)} ev/s (${fmt(r / b, 2)})` +
          (during ? `  [a PostgreSQL checkpoint fell inside the relay run]` : ''),
      );
    }
    await bench.verifyDelivered();
    const baselineEventsPerSec = median(baselineRuns);
    const relayEventsPerSec = median(relayRuns);
    const ratio = relayEventsPerSec / baselineEventsPerSec;
    const result: RelayThroughputResult = {
      bench: 'relay-throughput',
      events: bench.events,
      batchSize: bench.batchSize,
      runs: bench.runs,
      baselineEventsPerSec: Math.round(baselineEventsPerSec),
      relayEventsPerSec: Math.round(relayEventsPerSec),
      ratio: Number(ratio.toFixed(3)),
      target: TARGET_RATIO,
      pass: ratio >= TARGET_RATIO,
      baselineRuns: baselineRuns.map(Math.round),
      relayRuns: relayRuns.map(Math.round),
      runRatios: relayRuns.map((r, i) => Number((r / baselineRuns[i]!).toFixed(3))),
      checkpointsDuringRelay: bench.checkpointsDuringRelay,
      loadAverage: Number(loadAverage.toFixed(2)),
      cores: availableParallelism(),
    };
    log(report(result));
    log(JSON.stringify(result));
    return result;
  } finally {
    await bench.tearDown();
  }
}
