import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
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
import { Outbox, OutboxRelay, ensureTopics, InvalidEventError } from '../src';
import { covenantCreated, harnessDataSource } from './messaging-harness';

describe('transactional outbox and relay (real PostgreSQL and Kafka)', () => {
  let db: DatabaseConfig;
  let ds: DataSource;
  let kafka: Kafka;
  const producers: Producer[] = [];
  let recorder: TopicRecorder;
  const ns = uniqueNamespace('relay');
  const topic = `${ns}${TOPICS.covenant}`;
  const outbox = new Outbox('/test', ns);

  beforeAll(async () => {
    db = await createTestDatabase('relay');
    ds = await harnessDataSource(db);
    kafka = testKafka();
    await ensureTopics(kafka, [topic], 3);
    recorder = await TopicRecorder.start([topic]);
  });

  afterAll(async () => {
    await recorder.stop();
    await Promise.all(producers.map((p) => p.disconnect()));
    await ds.destroy();
    await dropTestDatabase(db);
  });

  async function newRelay(options = {}): Promise<OutboxRelay> {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    producers.push(producer);
    return new OutboxRelay(ds, producer, { pollIntervalMs: 200, batchSize: 50, ...options });
  }

  it('publishes a committed event with its CloudEvents headers, and nothing of a rolled-back one', async () => {
    const relay = await newRelay();
    await relay.start();
    const kept = randomUUID();
    const dropped = randomUUID();
    await ds.transaction((m) => outbox.add(m, CovenantCreated, { subject: kept, data: covenantCreated(kept, 2024) }));
    await ds
      .transaction(async (m) => {
        await outbox.add(m, CovenantCreated, { subject: dropped, data: covenantCreated(dropped, 2024) });
        throw new Error('the state change failed');
      })
      .catch(() => undefined);

    const message = await waitFor(() => recorder.messages.find((m) => m.key === kept), { what: 'the committed event' });
    expect(message.headers).toMatchObject({
      ce_type: 'covenants.covenant-created.v1',
      ce_source: '/test',
      ce_specversion: '1.0',
      ce_subject: kept,
      'content-type': 'application/json',
    });
    expect(JSON.parse(message.value!)).toMatchObject({ covenantId: kept, year: 2024 });
    const [{ unsent }] = await ds.query('SELECT count(*)::int AS unsent FROM outbox');
    expect(unsent).toBe(0);
    await relay.stop();
    expect(recorder.messages.some((m) => m.key === dropped)).toBe(false);
  });

  it('refuses an event that does not match its schema, in the caller transaction', async () => {
    const bad = { ...covenantCreated(randomUUID(), 2024), year: 'hai nghìn' } as never;
    await expect(ds.transaction((m) => outbox.add(m, CovenantCreated, { subject: 'x', data: bad }))).rejects.toThrow(
      InvalidEventError,
    );
  });

  it('keeps the order per key with two relays publishing at once', async () => {
    const keys = Array.from({ length: 6 }, () => randomUUID());
    const perKey = 40;
    for (let i = 0; i < perKey; i++) {
      await ds.transaction(async (m) => {
        for (const k of keys) await outbox.add(m, CovenantCreated, { subject: k, data: covenantCreated(k, 2000 + i) });
      });
    }
    const [a, b] = [await newRelay({ batchSize: 7 }), await newRelay({ batchSize: 7 })];
    await Promise.all([a.start(), b.start()]);
    await waitFor(() => keys.every((k) => recorder.messages.filter((m) => m.key === k).length >= perKey), {
      what: 'every event of every key',
      timeoutMs: 30000,
    });
    await Promise.all([a.stop(), b.stop()]);
    for (const k of keys) {
      const years = recorder.messages.filter((m) => m.key === k).map((m) => JSON.parse(m.value!).year);
      expect(years).toEqual(Array.from({ length: perKey }, (_, i) => 2000 + i));
    }
  });

  it('publishes again a batch whose relay died after the ack and before marking it', async () => {
    const id = randomUUID();
    const dying = await newRelay({
      afterPublish: async () => {
        throw new Error('relay process died');
      },
    });
    await ds.transaction((m) => outbox.add(m, CovenantCreated, { subject: id, data: covenantCreated(id, 2030) }));
    await expect(dying.publishBatch()).rejects.toThrow('relay process died');
    const [{ still }] = await ds.query('SELECT count(*)::int AS still FROM outbox WHERE key = $1', [id]);
    expect(still).toBe(1);

    const healthy = await newRelay();
    expect(await healthy.publishBatch()).toBe(1);
    const copies = await waitFor(
      () => {
        const found = recorder.messages.filter((m) => m.key === id);
        return found.length >= 2 && found;
      },
      { what: 'two copies on the wire' },
    );
    expect(new Set(copies.map((m) => m.headers.ce_id)).size).toBe(1);
  });
});
