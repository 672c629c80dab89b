import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { register } from 'prom-client';
import { CovenantCreated, TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  testKafka,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { EventTooLargeError, MAX_EVENT_BYTES, Outbox, OutboxRelay, ensureTopics, listParkedRows } from '../src';
import { covenantCreated, harnessDataSource } from './messaging-harness';

/** One oversized event must neither reach the outbox nor, if it is there, stop the rows behind it. */
describe('outbox limits (real PostgreSQL and Kafka)', () => {
  let db: DatabaseConfig;
  let ds: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let recorder: TopicRecorder;
  const ns = uniqueNamespace('limits');
  const topic = `${ns}${TOPICS.covenant}`;
  const outbox = new Outbox('/test', ns);

  beforeAll(async () => {
    db = await createTestDatabase('limits');
    ds = await harnessDataSource(db);
    kafka = testKafka();
    await ensureTopics(kafka, [topic], 3);
    recorder = await TopicRecorder.start([topic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await recorder.stop();
    await producer.disconnect();
    await ds.destroy();
    await dropTestDatabase(db);
  });

  const unsent = async () => (await ds.query('SELECT count(*)::int AS n FROM outbox'))[0].n as number;

  it('refuses at write time an event larger than the broker takes, and writes nothing of the transaction', async () => {
    const id = randomUUID();
    const big = { ...covenantCreated(id, 2024), title: 'G'.repeat(MAX_EVENT_BYTES) };
    const attempt = ds.transaction(async (m) => {
      await outbox.add(m, CovenantCreated, { subject: randomUUID(), data: covenantCreated(randomUUID(), 2024) });
      await outbox.add(m, CovenantCreated, { subject: id, data: big });
    });
    await expect(attempt).rejects.toThrow(EventTooLargeError);
    expect(await unsent()).toBe(0);
  });

  it('parks a row the broker refuses (visible in the list and the metrics) and publishes the rows behind it', async () => {
    const blocked = randomUUID();
    const other = randomUUID();
    // a row written before the cap existed, or for a broker configured smaller: 2 MB, over its 1 MiB limit
    await ds.query(
      `INSERT INTO outbox (id, topic, key, type, headers, payload) VALUES ($1, $2, $3, $4, '{}'::jsonb, $5::json)`,
      [randomUUID(), topic, blocked, CovenantCreated.type, JSON.stringify({ title: 'x'.repeat(2_000_000) })],
    );
    await ds.transaction(async (m) => {
      await outbox.add(m, CovenantCreated, { subject: blocked, data: covenantCreated(blocked, 2025) });
      await outbox.add(m, CovenantCreated, { subject: other, data: covenantCreated(other, 2025) });
    });
    const parkedBefore = await parkedCount();
    const relay = new OutboxRelay(ds, producer, { pollIntervalMs: 200 });
    await relay.start();
    try {
      await waitFor(() => [blocked, other].every((k) => recorder.messages.some((m) => m.key === k)), {
        what: 'the two events behind the refused row',
      });
      expect(await unsent()).toBe(0);
      expect(relay.health()).toEqual({ ok: true });
    } finally {
      await relay.stop();
    }
    const parked = await listParkedRows(ds);
    expect(parked.total).toBe(1);
    expect(parked.items[0]).toMatchObject({ key: blocked, topic, type: CovenantCreated.type });
    expect(parked.items[0]!.bytes).toBeGreaterThan(2_000_000);
    expect(parked.items[0]!.error).toMatch(/larger than the max message size/);
    expect(await parkedCount()).toBe(parkedBefore + 1);
    // only the small one of the blocked key went out
    expect(recorder.messages.filter((m) => m.key === blocked).map((m) => JSON.parse(m.value!).year)).toEqual([2025]);
  });

  async function parkedCount(): Promise<number> {
    const metric = await register.getSingleMetric('messaging_outbox_parked_total')!.get();
    return metric.values.filter((v) => v.labels.topic === topic).reduce((n, v) => n + v.value, 0);
  }
});
