import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { AwardConferred, CovenantCreated, TOPICS, dlqTopic, toKafkaHeaders, type CloudEvent } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  testKafka,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import {
  ConsumerRunner,
  NonRetriableError,
  Outbox,
  OutboxRelay,
  ensureTopics,
  readDeadLetters,
  replayDeadLetters,
} from '../src';
import { RecordingHandler, covenantCreated, harnessDataSource } from './messaging-harness';

describe('consumer runner: inbox, retries, dead letters (real PostgreSQL and Kafka)', () => {
  let db: DatabaseConfig;
  let ds: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let runner: ConsumerRunner;
  let dlqRecorder: TopicRecorder;
  const ns = uniqueNamespace('consumer');
  const topic = `${ns}${TOPICS.covenant}`;
  const handler = new RecordingHandler((e, attempt) => {
    if (e.data.year === 2091) throw new NonRetriableError('this event can never be applied');
    if (e.data.year === 2092) return true; // always fails: exhausts its attempts
    return e.data.year === 2093 && attempt < 3; // fails twice, then succeeds
  });

  const effects = async (subject: string): Promise<number> =>
    (await ds.query('SELECT count(*)::int AS n FROM effects WHERE subject = $1', [subject]))[0].n;

  function envelope(
    subject: string,
    year: number,
    id = randomUUID(),
    source = '/services/covenants',
  ): CloudEvent<ReturnType<typeof covenantCreated>> {
    return {
      id,
      type: CovenantCreated.type,
      source,
      specversion: '1.0',
      time: new Date().toISOString(),
      subject,
      datacontenttype: 'application/json',
      correlationid: id,
      data: covenantCreated(subject, year),
    };
  }
  async function publish(
    e: CloudEvent,
    value = JSON.stringify(e.data),
    headers: Record<string, string> = toKafkaHeaders(e),
  ) {
    await producer.send({ topic, acks: -1, messages: [{ key: e.subject, value, headers }] });
  }

  beforeAll(async () => {
    db = await createTestDatabase('consumer');
    ds = await harnessDataSource(db);
    kafka = testKafka();
    await ensureTopics(kafka, [topic], 3);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    dlqRecorder = await TopicRecorder.start([dlqTopic(topic)]);
    runner = new ConsumerRunner(kafka, producer, ds, [handler], ns, 'consumer-test', {
      maxAttempts: 3,
      initialBackoffMs: 20,
      maxBackoffMs: 100,
    });
    await runner.start();
    await runner.waitUntilJoined();
  });

  afterAll(async () => {
    await runner.stop();
    await dlqRecorder.stop();
    await producer.disconnect();
    await ds.destroy();
    await dropTestDatabase(db);
  });

  it('applies an event delivered twice only once', async () => {
    const subject = randomUUID();
    const e = envelope(subject, 2024);
    await publish(e);
    await publish(e);
    await waitFor(async () => (await effects(subject)) === 1, { what: 'the first effect' });
    await publish(envelope(subject, 2025)); // same key, so same partition, after the duplicate
    await waitFor(
      async () => (await ds.query('SELECT 1 FROM effects WHERE subject = $1 AND n = 2025', [subject])).length === 1,
      {
        what: 'the event after the duplicate',
      },
    );
    expect(await effects(subject)).toBe(2);
  });

  it('dead-letters a malformed message and keeps the partition flowing', async () => {
    const subject = randomUUID();
    const poison = envelope(subject, 2024);
    await publish(poison, '{"covenantId": broken json');
    const schemaInvalid = envelope(subject, 2024);
    await publish(schemaInvalid, JSON.stringify({ ...schemaInvalid.data, parties: 'none' }));
    await producer.send({ topic, messages: [{ key: subject, value: 'no headers at all' }] });
    const good = envelope(subject, 2026);
    await publish(good);

    await waitFor(async () => (await effects(subject)) === 1, { what: 'the good message after the poison ones' });
    const letters = await waitFor(
      () => {
        const mine = dlqRecorder.messages.filter((m) => m.key === subject);
        return mine.length === 3 && mine;
      },
      { what: 'three dead letters' },
    );
    expect(letters.map((l) => l.headers['x-dlq-error'])).toEqual([
      expect.stringMatching(/^envelope: value is not JSON/),
      expect.stringMatching(/^schema: \/parties/),
      expect.stringMatching(/^envelope: missing CloudEvents headers/),
    ]);
    expect(letters[0]!.headers['x-dlq-original-topic']).toBe(topic);
    expect(letters[0]!.headers.ce_id).toBe(poison.id);
  });

  it("dead-letters an event whose source is not the topic's owner, or whose type belongs on another topic", async () => {
    const subject = randomUUID();
    await publish(envelope(subject, 2024, randomUUID(), '/services/awards'));
    // a type of awards' topic, published on covenants' topic with covenants' own source
    const smuggled = { ...envelope(subject, 2024), type: AwardConferred.type };
    await publish(smuggled);
    const good = envelope(subject, 2027);
    await publish(good);

    await waitFor(
      async () => (await ds.query('SELECT 1 FROM effects WHERE subject = $1 AND n = 2027', [subject])).length === 1,
      {
        what: 'the genuine event after the forged ones',
      },
    );
    const letters = await waitFor(
      () => {
        const mine = dlqRecorder.messages.filter((m) => m.key === subject);
        return mine.length === 2 && mine;
      },
      { what: 'two provenance dead letters' },
    );
    expect(letters.map((l) => l.headers['x-dlq-error'])).toEqual([
      'provenance: ce_source /services/awards is not /services/covenants, the only publisher of covenants.covenant.v1',
      'provenance: awards.award-conferred.v1 travels on awards.award.v1, not on covenants.covenant.v1',
    ]);
    expect(await effects(subject)).toBe(1);
  });

  it('retries a failing handler with backoff, then succeeds once', async () => {
    const subject = randomUUID();
    await publish(envelope(subject, 2093));
    await waitFor(async () => (await effects(subject)) === 1, { what: 'the effect after two failures' });
  });

  it('dead-letters after the last attempt, or at once for a non-retriable error, without effects', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await publish(envelope(a, 2092));
    await publish(envelope(b, 2091));
    const letters = await waitFor(
      () => {
        const found = dlqRecorder.messages.filter((m) => m.key === a || m.key === b);
        return found.length === 2 && found;
      },
      { what: 'two handler dead letters' },
    );
    expect(letters.map((l) => l.headers['x-dlq-error']).sort()).toEqual([
      'handler: induced failure #3',
      'handler: this event can never be applied',
    ]);
    expect(await effects(a)).toBe(0);
    expect(await effects(b)).toBe(0);
  });

  it('lists dead letters and replays them to their topic, where a fixed handler applies them', async () => {
    const subject = randomUUID();
    await publish(envelope(subject, 2091));
    await waitFor(() => dlqRecorder.messages.some((m) => m.key === subject), { what: 'the dead letter' });
    const letters = (await readDeadLetters(kafka, dlqTopic(topic))).filter((l) => l.key === subject);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.error).toMatch(/never be applied/);
    // the "fix": the same event with a year the handler accepts
    const fixed = { ...letters[0]!, value: JSON.stringify({ ...JSON.parse(letters[0]!.value!), year: 2024 }) };
    expect(await replayDeadLetters(producer, [fixed])).toBe(1);
    await waitFor(async () => (await effects(subject)) === 1, { what: 'the replayed event applied' });
  });

  it('applies once an event that a dying relay put on the wire twice', async () => {
    const outbox = new Outbox('/services/covenants', ns);
    const subject = randomUUID();
    await ds.transaction((m) => outbox.add(m, CovenantCreated, { subject, data: covenantCreated(subject, 2024) }));
    const dying = new OutboxRelay(ds, producer, {
      afterPublish: async () => {
        throw new Error('killed after the ack');
      },
    });
    await expect(dying.publishBatch()).rejects.toThrow('killed after the ack');
    expect(await new OutboxRelay(ds, producer).publishBatch()).toBe(1);

    const wire = await TopicRecorder.start([topic]);
    try {
      const copies = await waitFor(
        () => {
          const found = wire.messages.filter((m) => m.key === subject);
          return found.length === 2 && found;
        },
        { what: 'the event twice on the wire' },
      );
      expect(copies[0]!.headers.ce_id).toBe(copies[1]!.headers.ce_id);
    } finally {
      await wire.stop();
    }
    await waitFor(async () => (await effects(subject)) === 1, { what: 'the effect' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await effects(subject)).toBe(1);
  });
});
