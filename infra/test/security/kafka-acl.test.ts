import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Consumer, type Kafka as KafkaClient } from 'kafkajs';
import { SERVICES, SUBSCRIPTIONS, TOPICS, TOPIC_OWNERS, dlqTopic, type ServiceName, type Topic } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { createKafka, provisionKafkaAccess, revokeKafkaAccess } from '@tdkt/messaging';
import {
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  kafkaPasswordOf,
  listenOnFreePort,
  testKafka,
  testKafkaBrokers,
  testServiceEnv,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { createCovenantsApp } from '../../../services/covenants/src/app.factory';
import { loadCovenantsConfig } from '../../../services/covenants/src/config/covenants.config';
import { createCluster, hàGiangCovenant } from '../../../services/covenants/test/covenants-app.harness';

/**
 * The broker of infra/kafka/start.sh with the ACLs infra/up.sh creates (provisionKafkaAccess,
 * here on this file's namespace: the same literal shape on prefixed names), tried as each
 * service's own principal. On a PLAINTEXT broker without an authorizer every refusal below
 * would be a success.
 */
describe('Kafka: SASL/SCRAM logins and one principal per service (real broker, StandardAuthorizer)', () => {
  const ns = uniqueNamespace('acl');
  const topics = Object.values(TOPICS) as Topic[];
  const admin = testKafka('acl-admin');
  const clients = new Map<ServiceName, KafkaClient>();
  const as = (service: ServiceName): KafkaClient => {
    if (!clients.has(service)) {
      clients.set(
        service,
        createKafka(`acl-${service}`, testKafkaBrokers(), {
          mechanism: 'scram-sha-512',
          username: service,
          password: kafkaPasswordOf(service),
        }),
      );
    }
    return clients.get(service)!;
  };
  const errorType = (e: unknown): string | undefined =>
    (e as { type?: string }).type ?? (e as { cause?: { type?: string } }).cause?.type ?? (e as Error).message;

  /** Sends one message as a service with the relay's producer settings; the error type, or 'ok'. */
  async function produceAs(service: ServiceName, topic: string): Promise<string> {
    const producer = as(service).producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages: [{ key: randomUUID(), value: '{}' }] });
      return 'ok';
    } catch (e) {
      return errorType(e) ?? 'unknown';
    } finally {
      await producer.disconnect();
    }
  }

  beforeAll(async () => {
    await provisionKafkaAccess(admin, ns, 1);
  });

  afterAll(async () => {
    await revokeKafkaAccess(admin, ns);
    const a = admin.admin();
    await a.connect();
    await a
      .deleteTopics({ topics: topics.flatMap((t) => [`${ns}${t}`, `${ns}${dlqTopic(t)}`]) })
      .catch(() => undefined);
    await a.disconnect();
  });

  it('refuses a client without a login, and a wrong password', async () => {
    const anonymous = new Kafka({
      clientId: 'acl-anonymous',
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    }).admin();
    await expect(anonymous.connect().then(() => anonymous.listTopics())).rejects.toThrow(/closed connection/i);
    await anonymous.disconnect();

    const wrong = createKafka('acl-wrong', testKafkaBrokers(), {
      mechanism: 'scram-sha-512',
      username: 'covenants',
      password: 'guessed',
    }).admin();
    await expect(wrong.connect()).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
  });

  it('lets each service publish on its own topics only: a forged award-conferred from covenants is refused', async () => {
    const outcomes: Record<string, string> = {};
    for (const service of SERVICES) {
      for (const topic of topics) outcomes[`${service} → ${topic}`] = await produceAs(service, `${ns}${topic}`);
    }
    const expected = Object.fromEntries(
      SERVICES.flatMap((service) =>
        topics.map((topic) => [
          `${service} → ${topic}`,
          TOPIC_OWNERS[topic] === service ? 'ok' : 'TOPIC_AUTHORIZATION_FAILED',
        ]),
      ),
    );
    expect(outcomes).toEqual(expected);
    expect(outcomes[`covenants → ${TOPICS.award}`]).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('lets a consumer dead-letter to the .dlq of the topics it consumes, and to no other', async () => {
    expect(await produceAs('covenants', `${ns}${dlqTopic(TOPICS.conference)}`)).toBe('ok');
    expect(await produceAs('covenants', `${ns}${dlqTopic(TOPICS.award)}`)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produceAs('invitations', `${ns}${dlqTopic(TOPICS.award)}`)).toBe('ok');
    expect(await produceAs('invitations', `${ns}${dlqTopic(TOPICS.covenant)}`)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('shows each service only the topics it owns or consumes (subscribing to any other is refused)', async () => {
    const outcomes: Record<string, string> = {};
    for (const service of SERVICES) {
      for (const topic of topics) {
        const consumer = as(service).consumer({ groupId: `${ns}${service}`, allowAutoTopicCreation: false });
        await consumer.connect();
        outcomes[`${service} ← ${topic}`] = await consumer
          .subscribe({ topics: [`${ns}${topic}`], fromBeginning: true })
          .then(
            () => 'ok',
            (e) => errorType(e) ?? 'unknown',
          );
        await consumer.disconnect();
      }
    }
    const expected = Object.fromEntries(
      SERVICES.flatMap((service) =>
        topics.map((topic) => [
          `${service} ← ${topic}`,
          SUBSCRIPTIONS[service].includes(topic) || TOPIC_OWNERS[topic] === service
            ? 'ok'
            : 'TOPIC_AUTHORIZATION_FAILED',
        ]),
      ),
    );
    expect(outcomes).toEqual(expected);
  });

  /** Runs a consumer as a service; resolves with the first key it reads, or the error it crashed with. */
  async function consumeAs(
    service: ServiceName,
    groupId: string,
    topic: string,
  ): Promise<{ key?: string; error?: string }> {
    const consumer: Consumer = as(service).consumer({
      groupId,
      sessionTimeout: 6000,
      heartbeatInterval: 500,
      retry: { retries: 0 },
    });
    try {
      const outcome = new Promise<{ key?: string; error?: string }>((resolve) => {
        consumer.on(consumer.events.CRASH, ({ payload }) =>
          resolve({ error: (payload.error as Error).name + ' ' + errorType(payload.error) }),
        );
        void consumer
          .connect()
          .then(() => consumer.subscribe({ topics: [topic], fromBeginning: true }))
          .then(() => consumer.run({ eachMessage: async ({ message }) => resolve({ key: message.key?.toString() }) }))
          .catch((e) => resolve({ error: `${(e as Error).name} ${errorType(e)}` }));
      });
      return await outcome;
    } finally {
      await consumer.disconnect();
    }
  }

  it("reads a consumed topic in its own group; not its own topic, not in another service's group", async () => {
    // both topics hold messages already: the produce test above wrote one to each
    expect(await consumeAs('covenants', `${ns}covenants`, `${ns}${TOPICS.conference}`)).toEqual({
      key: expect.any(String),
    });
    // it publishes covenants.covenant.v1 but consumes nothing of it: describe yes, fetch no
    expect(await consumeAs('covenants', `${ns}covenants`, `${ns}${TOPICS.covenant}`)).toEqual({
      error: 'KafkaJSNonRetriableError TOPIC_AUTHORIZATION_FAILED',
    });
    // the broker answers FindCoordinator with GROUP_AUTHORIZATION_FAILED; kafkajs reports it so
    expect(await consumeAs('covenants', `${ns}awards`, `${ns}${TOPICS.conference}`)).toEqual({
      error: 'KafkaJSGroupCoordinatorNotFound Failed to find group coordinator',
    });
  });

  describe('the covenants service running as its own principal', () => {
    let db: DatabaseConfig;
    let app: INestApplication;
    let recorder: TopicRecorder;

    beforeAll(async () => {
      db = await createTestDatabase('acl-cov');
      app = await createCovenantsApp(
        loadCovenantsConfig({
          ...testServiceEnv(db, ns, 'COVENANTS_DB'),
          KAFKA_SASL_USERNAME: 'covenants',
          KAFKA_SASL_PASSWORD: kafkaPasswordOf('covenants'),
        }),
      );
      recorder = await TopicRecorder.start([`${ns}${TOPICS.covenant}`]);
    });

    afterAll(async () => {
      await recorder?.stop();
      await app?.close();
      await dropTestDatabase(db);
    });

    it('starts (topics, consumer group), and its outbox reaches its topic', async () => {
      const http = httpClient(await listenOnFreePort(app));
      // messaging starts in the background: as its own principal it must get there (topics, group)
      await waitFor(async () => (await http.get('/health/ready')).status === 200, {
        what: 'covenants ready as its own principal',
        timeoutMs: 60_000,
      });
      const clusterId = await createCluster(http);
      const created = await http.post('/covenants', { ...hàGiangCovenant, clusterId });
      expect(created.status).toBe(201);
      await waitFor(() => recorder.ofType('covenants.covenant-created.v1').some((m) => m.key === created.body.id), {
        what: 'covenant-created published by the covenants principal',
      });
    });
  });
});
