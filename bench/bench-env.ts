// Shared plumbing for the benchmarks: the broker and database the tests use, quiet logs, a
// realistic event payload, and small statistics/formatting helpers.
import { randomUUID } from 'node:crypto';
import { ConsoleLogger, Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import { CovenantSigned, type CovenantSignedData } from '@tdkt/contracts';
import { createKafka, Outbox } from '@tdkt/messaging';
import { bearer, provisionTestUsers, testKafkaBrokers, testKafkaLogin } from '@tdkt/testing';

// kafkajs prints a partitioner notice for every producer; both sides use the same default one
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
/**
 * Warnings and errors of the relay and its listener stay visible; kafkajs's own (retried
 * coordinator-loading errors, the idempotent-retries notice) only with BENCH_LOGS=1, since
 * a real failure reaches the benchmark as an exception or a stalled relay anyway.
 */
class BenchLogger extends ConsoleLogger {
  override warn(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) !== 'kafkajs') super.warn(message, ...rest);
  }
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) !== 'kafkajs') super.error(message, ...rest);
  }
}
if (!process.env.BENCH_LOGS) {
  const logger = new BenchLogger();
  logger.setLogLevels(['fatal', 'error', 'warn']);
  Logger.overrideLogger(logger);
}

export const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
};

/** The same kafkajs client the services build (createKafka), on the test broker. */
export function benchKafka(clientId: string): Kafka {
  return createKafka(clientId, testKafkaBrokers(), testKafkaLogin());
}

/** Exactly the producer MessagingModule gives the relay: idempotent, one request in flight. */
export async function relayProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  return producer;
}

/** One outbox row exactly as `Outbox.add` writes it (captured from its INSERT). */
export interface OutboxInsert {
  id: string;
  topic: string;
  key: string;
  type: string;
  headers: Record<string, string>;
  /** JSON text of the event data */
  payload: string;
  /** the event data itself (what a producer would serialise) */
  data: CovenantSignedData;
}

const VIETNAMESE_PROVINCES = [
  'Hà Giang',
  'Cao Bằng',
  'Lạng Sơn',
  'Lào Cai',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Quảng Ninh',
  'Tuyên Quang',
  'Yên Bái',
];

/** A CovenantSigned of three signed parties and two targets: about 1 KB of JSON (UTF-8). */
export function covenantSigned(covenantId: string, i: number): CovenantSignedData {
  const signedAt = new Date(Date.UTC(2024, 2, 5, 2, 0, 0) + i * 1000).toISOString();
  const parties = [1, 2, 3].map((order) => {
    const province = VIETNAMESE_PROVINCES[(i + order) % VIETNAMESE_PROVINCES.length]!;
    return {
      partyId: `00000000-0000-4000-8000-${String(order).padStart(12, '0')}`,
      unitName: `Ủy ban nhân dân tỉnh ${province}`,
      order,
      signatory: { name: `Nguyễn Văn ${String.fromCharCode(64 + order)}`, titles: ['Phó Chủ tịch UBND tỉnh'] },
      signedAt,
    };
  });
  return {
    covenantId,
    title: `Giao ước thi đua năm ${2020 + (i % 6)} giữa các tỉnh biên giới phía Bắc`,
    clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
    year: 2020 + (i % 6),
    fullySignedAt: signedAt,
    parties,
    targets: [
      { name: 'Tỷ lệ hộ nghèo giảm', unit: '%', targetValue: 2.5 },
      { name: 'Thu ngân sách nhà nước', unit: 'tỷ đồng', targetValue: 1250 + i },
    ],
  };
}

/**
 * `count` CovenantSigned events over `keys` covenant ids, produced by the real `Outbox.add`
 * (schema validation, CloudEvents headers, topic naming) against a manager that only records
 * the row it would insert, so a bulk insert writes byte-for-byte the same rows.
 */
export async function outboxRows(
  source: string,
  namespace: string,
  count: number,
  keys: string[],
): Promise<OutboxInsert[]> {
  const outbox = new Outbox(source, namespace);
  const rows: OutboxInsert[] = [];
  let captured: unknown[] | undefined;
  const recorder = {
    query: async (sql: string, params: unknown[]) => {
      if (sql.startsWith('INSERT INTO outbox')) captured = params;
      return [];
    },
  } as unknown as EntityManager;
  for (let i = 0; i < count; i++) {
    const key = keys[i % keys.length]!;
    const data = covenantSigned(key, i);
    await outbox.add(recorder, CovenantSigned, { subject: key, data });
    // addMany's multi-row INSERT: [ids[], topic, type, keys[], headers[] (JSON text), payloads[]]
    const [[id], topic, type, [k], [headers], [payload]] = captured as [
      string[],
      string,
      string,
      string[],
      string[],
      string[],
    ];
    rows.push({
      id: id!,
      topic,
      key: k!,
      type,
      headers: JSON.parse(headers!) as Record<string, string>,
      payload: payload!,
      data,
    });
  }
  return rows;
}

export const covenantIds = (n: number): string[] => Array.from({ length: n }, () => randomUUID());

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A two-column table with the labels padded. */
export function table(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([l]) => l.length));
  const v = Math.max(...rows.map(([, r]) => r.length));
  const line = `+${'-'.repeat(w + 2)}+${'-'.repeat(v + 2)}+`;
  return [line, ...rows.map(([l, r]) => `| ${l.padEnd(w)} | ${r.padStart(v)} |`), line].join('\n');
}

let provisioned: Promise<void> | undefined;
/**
 * The services check every token: the benchmarks call them as the tests' `test-runner` (every
 * role), signed in at the real identity provider once; the token is reused until near expiry.
 */
export async function benchAuth(): Promise<Record<string, string>> {
  await (provisioned ??= provisionTestUsers());
  return bearer('test-runner');
}

/**
 * `p`, or an error naming `what` after `ms`: a set-up step (a consumer group join, a sign-in)
 * that never finishes must fail the benchmark, not keep it waiting in silence.
 */
export async function within<T>(what: string, ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
