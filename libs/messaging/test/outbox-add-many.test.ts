import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { CovenantCreated, TOPICS, runWithCorrelation } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  testKafka,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { InvalidEventError, Outbox, OutboxRelay, ensureTopics } from '../src';
import { covenantCreated, harnessDataSource } from './messaging-harness';

describe('Outbox.addMany (real PostgreSQL and Kafka)', () => {
  let db: DatabaseConfig;
  let ds: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let recorder: TopicRecorder;
  const ns = uniqueNamespace('addmany');
  const topic = `${ns}${TOPICS.covenant}`;
  const outbox = new Outbox('/test', ns);

  beforeAll(async () => {
    db = await createTestDatabase('addmany');
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

  it('writes thousands of events in the order given, in few statements, and the relay publishes each once in that order', async () => {
    const keys = Array.from({ length: 5 }, () => randomUUID());
    // 2,500 entries: more than two INSERT chunks; entry i belongs to key i % 5 with year 2000 + i/5
    const entries = Array.from({ length: 2500 }, (_, i) => {
      const key = keys[i % keys.length]!;
      return { subject: key, data: covenantCreated(key, 2000 + (Math.floor(i / keys.length) % 100)) };
    });
    const statements: string[] = [];
    const events = await ds.transaction(async (m) => {
      const query = m.query.bind(m);
      m.query = ((sql: string, params?: unknown[]) => {
        statements.push(sql);
        return query(sql, params);
      }) as typeof m.query;
      return runWithCorrelation({ correlationId: 'corr-add-many' }, () => outbox.addMany(m, CovenantCreated, entries));
    });
    expect(events).toHaveLength(2500);
    expect(statements.filter((s) => s.includes('INSERT INTO outbox'))).toHaveLength(3);
    expect(statements.filter((s) => s.includes('pg_notify'))).toHaveLength(1);
    const rows: { id: string; key: string }[] = await ds.query('SELECT id, key FROM outbox ORDER BY seq');
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));

    const relay = new OutboxRelay(ds, producer, { pollIntervalMs: 200, batchSize: 500 });
    await relay.start();
    await waitFor(() => recorder.messages.length >= 2500, { what: '2,500 events on the wire', timeoutMs: 30000 });
    await relay.stop();
    expect(new Set(recorder.messages.map((m) => m.headers.ce_id)).size).toBe(2500);
    expect(recorder.messages.every((m) => m.headers.ce_correlationid === 'corr-add-many')).toBe(true);
    for (const k of keys) {
      const ids = recorder.messages.filter((m) => m.key === k).map((m) => m.headers.ce_id);
      expect(ids).toEqual(events.filter((e) => e.subject === k).map((e) => e.id));
    }
  });

  it('refuses the whole batch when one entry does not match its schema, naming that entry', async () => {
    const [{ before }] = await ds.query('SELECT count(*)::int AS before FROM outbox');
    const entries = Array.from({ length: 10 }, () => {
      const key = randomUUID();
      return { subject: key, data: covenantCreated(key, 2024) };
    });
    entries[6] = { ...entries[6]!, data: { ...entries[6]!.data, year: 'hai nghìn' as never } };
    const attempt = ds.transaction((m) => outbox.addMany(m, CovenantCreated, entries));
    await expect(attempt).rejects.toThrow(InvalidEventError);
    await expect(attempt).rejects.toThrow(/entry 7 of 10/);
    const [{ after }] = await ds.query('SELECT count(*)::int AS after FROM outbox');
    expect(after).toBe(before);
  });

  it('add() still writes one event (it is addMany of one)', async () => {
    const key = randomUUID();
    const event = await ds.transaction((m) =>
      outbox.add(m, CovenantCreated, { subject: key, data: covenantCreated(key, 2031) }),
    );
    const [row] = await ds.query('SELECT key, type, payload, headers FROM outbox WHERE id = $1', [event.id]);
    expect(row).toMatchObject({ key, type: 'covenants.covenant-created.v1', payload: { year: 2031 } });
    expect(row.headers).toMatchObject({ ce_id: event.id, ce_subject: key, ce_source: '/test' });
  });
});
