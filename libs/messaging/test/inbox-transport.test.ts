import { Public } from '@tdkt/auth';
import { randomUUID } from 'node:crypto';
import { Controller, Global, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  CovenantCreated,
  TOPICS,
  dlqTopic,
  toKafkaHeaders,
  type CloudEvent,
  type CovenantCreatedData,
} from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  testKafka,
  testKafkaBrokers,
  testKafkaLogin,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import {
  connectInboxTransport,
  MessagingModule,
  MessagingRuntime,
  NonRetriableError,
  OnEvent,
  ensureTopics,
  type InboxContext,
} from '../src';
import { covenantCreated, harnessDataSource } from './messaging-harness';

/** A controller as a service writes one: an @EventPattern method, its writes through the inbox transaction. */
@Public('a fixture of this test')
@Controller()
class EffectsController {
  static calls = 0;

  @OnEvent(CovenantCreated)
  async created(@Payload() e: CloudEvent<CovenantCreatedData>, @Ctx() { manager, event }: InboxContext): Promise<void> {
    EffectsController.calls++;
    expect(event).toBe(e);
    await manager.query('INSERT INTO effects (event_id, subject, n) VALUES ($1, $2, $3)', [
      e.id,
      e.subject,
      e.data.year,
    ]);
    if (e.data.year === 2091) throw new NonRetriableError('this event can never be applied');
    if (e.data.year === 2092) throw new Error('fails every time');
  }
}

/**
 * The consumer runner's guarantees hold through Nest's transport: handlers discovered from
 * @EventPattern, duplicates applied once, a failing handler's writes rolled back, poison and
 * failing messages dead-lettered while the partition flows, two instances splitting a group.
 */
describe('InboxTransport: @EventPattern handlers over the consumer runner (real PostgreSQL and Kafka)', () => {
  let db: DatabaseConfig;
  let ds: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let dlq: TopicRecorder;
  const apps: INestApplication[] = [];
  const ns = uniqueNamespace('transport');
  const topic = `${ns}${TOPICS.covenant}`;

  async function startApp(): Promise<INestApplication> {
    // as TypeOrmModule does in a service: the DataSource for every module
    @Global()
    @Module({ providers: [{ provide: DataSource, useValue: ds }], exports: [DataSource] })
    class DatabaseModule {}
    @Module({
      imports: [
        DatabaseModule,
        MessagingModule.forRootAsync({
          useFactory: () => ({
            source: '/services/transport-test',
            serviceName: 'transport-test',
            brokers: testKafkaBrokers(),
            sasl: testKafkaLogin(),
            namespace: ns,
            topics: [],
            consumer: { maxAttempts: 2, initialBackoffMs: 20, maxBackoffMs: 50 },
          }),
        }),
      ],
      controllers: [EffectsController],
    })
    class TestModule {}
    const app = await NestFactory.create(TestModule, { logger: false, abortOnError: false });
    connectInboxTransport(app);
    await app.startAllMicroservices();
    await app.init();
    const runtime = app.get(MessagingRuntime);
    await runtime.whenStarted();
    await runtime.consumer!.waitUntilJoined();
    apps.push(app);
    return app;
  }

  const effects = async (subject: string): Promise<number> =>
    (await ds.query('SELECT count(*)::int AS n FROM effects WHERE subject = $1', [subject]))[0].n;

  function envelope(subject: string, year: number, id = randomUUID()): CloudEvent<CovenantCreatedData> {
    return {
      id,
      type: CovenantCreated.type,
      source: '/services/covenants',
      specversion: '1.0',
      time: new Date().toISOString(),
      subject,
      datacontenttype: 'application/json',
      correlationid: id,
      data: covenantCreated(subject, year),
    };
  }
  async function publish(e: CloudEvent, value = JSON.stringify(e.data)) {
    await producer.send({ topic, acks: -1, messages: [{ key: e.subject, value, headers: toKafkaHeaders(e) }] });
  }

  beforeAll(async () => {
    db = await createTestDatabase('transport');
    ds = await harnessDataSource(db);
    kafka = testKafka();
    await ensureTopics(kafka, [topic], 3);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    dlq = await TopicRecorder.start([dlqTopic(topic)]);
    await startApp();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await dlq.stop();
    await producer.disconnect();
    await ds.destroy();
    await dropTestDatabase(db);
  });

  it('discovers the @EventPattern method and applies an event delivered twice only once', async () => {
    const subject = randomUUID();
    const e = envelope(subject, 2024);
    await publish(e);
    await publish(e);
    await publish(envelope(subject, 2025));
    await waitFor(async () => (await effects(subject)) === 2, { what: 'both events applied' });
    expect(
      (await ds.query('SELECT n FROM effects WHERE subject = $1 ORDER BY n', [subject])).map((r: { n: number }) => r.n),
    ).toEqual([2024, 2025]);
  });

  it('rolls back a failing handler, dead-letters it and the poison message, and keeps the partition flowing', async () => {
    const subject = randomUUID();
    const poison = envelope(subject, 2024);
    await publish(poison, '{"covenantId": broken json');
    const never = envelope(subject, 2091);
    const failing = envelope(subject, 2092);
    await publish(never);
    await publish(failing);
    await publish(envelope(subject, 2026));
    await waitFor(
      async () => (await ds.query('SELECT 1 FROM effects WHERE subject = $1 AND n = 2026', [subject])).length === 1,
      {
        what: 'the event behind the failing ones',
      },
    );
    const letters = await waitFor(
      () => {
        const ids = dlq.messages.map((m) => m.headers.ce_id);
        return [poison.id, never.id, failing.id].every((id) => ids.includes(id)) && dlq.messages;
      },
      { what: 'three dead letters' },
    );
    expect(letters.find((m) => m.headers.ce_id === never.id)!.headers['x-dlq-error']).toMatch(/can never be applied/);
    expect(letters.find((m) => m.headers.ce_id === failing.id)!.headers['x-dlq-error']).toMatch(/fails every time/);
    // their inserts were rolled back with the inbox row: only the good one left an effect
    expect(await effects(subject)).toBe(1);
  });

  it('splits the partitions between two instances in one group and applies each event once', async () => {
    await startApp();
    const subjects = Array.from({ length: 12 }, () => randomUUID());
    for (const s of subjects) {
      const e = envelope(s, 2030);
      await publish(e);
      await publish(e);
    }
    await waitFor(async () => (await Promise.all(subjects.map(effects))).every((n) => n === 1), {
      what: 'every event once',
      timeoutMs: 30_000,
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([apps[0]!.get(MessagingRuntime).consumer!.groupId]);
      expect(groups[0]!.members).toHaveLength(2);
    } finally {
      await admin.disconnect();
    }
  });
});
