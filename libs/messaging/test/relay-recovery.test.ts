import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  logLevel,
  ResourcePatternTypes,
} from 'kafkajs';
import { CovenantCreated, TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  kafkaPasswordOf,
  testKafka,
  testKafkaBrokers,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { Outbox, OutboxRelay, RecoveringProducer, ensureTopics } from '../src';
import { covenantCreated, harnessDataSource } from './messaging-harness';

/**
 * The broker answers but refuses every send of this relay (its principal may not write the
 * topic): the relay must say so — `health()` false, "outbox not draining", which readiness
 * reports even though the broker answers metadata requests — and publish everything by itself,
 * in order, once the refusal is lifted.
 */
describe('a relay whose sends are refused (real PostgreSQL and Kafka with ACLs)', () => {
  let db: DatabaseConfig;
  let ds: DataSource;
  const admin = testKafka();
  const ns = uniqueNamespace('refused');
  const topic = `${ns}${TOPICS.covenant}`;
  const outbox = new Outbox('/services/covenants', ns);
  // a principal with no ACL on this test's topic
  const asPress = new Kafka({
    clientId: 'refused-relay',
    brokers: testKafkaBrokers(),
    logLevel: logLevel.NOTHING,
    sasl: { mechanism: 'scram-sha-512', username: 'press', password: kafkaPasswordOf('press') },
    retry: { retries: 1, initialRetryTime: 100 },
  });
  const writeAcl = {
    resourceType: AclResourceTypes.TOPIC,
    resourceName: topic,
    resourcePatternType: ResourcePatternTypes.LITERAL,
    principal: 'User:press',
    host: '*',
    operation: AclOperationTypes.WRITE,
    permissionType: AclPermissionTypes.ALLOW,
  };

  beforeAll(async () => {
    db = await createTestDatabase('refused');
    ds = await harnessDataSource(db);
    await ensureTopics(admin, [topic], 1);
  });

  afterAll(async () => {
    const a = admin.admin();
    await a.connect();
    await a.deleteAcls({ filters: [writeAcl] }).finally(() => a.disconnect());
    await ds.destroy();
    await dropTestDatabase(db);
  });

  const unsent = async () => (await ds.query('SELECT count(*)::int AS n FROM outbox'))[0].n as number;

  it('reads not draining while refused, then publishes every event in order without a restart', async () => {
    const producer = new RecoveringProducer(asPress);
    const relay = new OutboxRelay(ds, producer, { pollIntervalMs: 100, stallAfterMs: 2000 });
    await relay.start();
    try {
      const key = randomUUID();
      for (let i = 0; i < 3; i++) {
        await ds.transaction((m) =>
          outbox.add(m, CovenantCreated, { subject: key, data: covenantCreated(key, 2000 + i) }),
        );
      }
      const stalled = await waitFor(
        () => {
          const h = relay.health();
          return !h.ok && h;
        },
        { what: 'the relay to report that it is not draining', timeoutMs: 30_000 },
      );
      expect(stalled.reason).toMatch(/outbox not draining for \d+ s: .*(authoriz|Not authorized)/i);
      expect(await unsent()).toBe(3);

      const a = admin.admin();
      await a.connect();
      await a.createAcls({ acl: [writeAcl] }).finally(() => a.disconnect());

      await waitFor(async () => (await unsent()) === 0, {
        what: 'the outbox drained once the refusal is lifted',
        timeoutMs: 60_000,
      });
      await waitFor(() => relay.health().ok, { what: 'the relay healthy again' });
      const recorder = await TopicRecorder.start([topic]);
      try {
        const years = await waitFor(
          () => {
            const ys = recorder.messages.filter((m) => m.key === key).map((m) => JSON.parse(m.value!).year);
            return ys.length >= 3 && ys;
          },
          { what: 'the events on the topic' },
        );
        expect(years).toEqual([2000, 2001, 2002]);
      } finally {
        await recorder.stop();
      }
    } finally {
      await relay.stop();
      await producer.disconnect();
    }
  }, 120_000);
});
