import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { TOPICS, dlqTopic } from '@tdkt/contracts';
import { MessagingRuntime } from '@tdkt/messaging';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  LocalBroker,
  TopicRecorder,
  saslOf,
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { Kafka, logLevel } from 'kafkajs';
import { createAgendaApp } from '../../../services/agenda/src/app.factory';
import { loadAgendaConfig } from '../../../services/agenda/src/config/agenda.config';
import { createAwardsApp } from '../../../services/awards/src/app.factory';
import { loadAwardsConfig } from '../../../services/awards/src/config/awards.config';
import { createCovenantsApp } from '../../../services/covenants/src/app.factory';
import { loadCovenantsConfig } from '../../../services/covenants/src/config/covenants.config';
import { createCluster, hàGiangCovenant } from '../../../services/covenants/test/covenants-app.harness';
import { createInvitationsApp } from '../../../services/invitations/src/app.factory';
import { loadInvitationsConfig } from '../../../services/invitations/src/config/invitations.config';
import { createPressApp } from '../../../services/press/src/app.factory';
import { loadPressConfig } from '../../../services/press/src/config/press.config';

/** Each service as main.ts builds it, on its own fresh database, against the given broker. */
const services = {
  covenants: (env: NodeJS.ProcessEnv) => createCovenantsApp(loadCovenantsConfig(env)),
  agenda: (env: NodeJS.ProcessEnv) => createAgendaApp(loadAgendaConfig(env)),
  awards: (env: NodeJS.ProcessEnv) => createAwardsApp(loadAwardsConfig(env)),
  invitations: (env: NodeJS.ProcessEnv) =>
    createInvitationsApp(loadInvitationsConfig({ ...env, RSVP_SECRET: randomBytes(32).toString('hex') })),
  press: (env: NodeJS.ProcessEnv) => createPressApp(loadPressConfig(env)),
};
type Name = keyof typeof services;

interface Running {
  app: INestApplication;
  db: DatabaseConfig;
  http: ReturnType<typeof httpClient>;
}

/** Starts a service and returns as soon as it serves HTTP — without waiting for its messaging. */
async function start(name: Name, broker: LocalBroker, namespace: string): Promise<Running> {
  const db = await createTestDatabase(`startup-${name}`);
  const env = { ...testServiceEnv(db, namespace, `${name.toUpperCase()}_DB`), ...broker.serviceEnv() };
  const app = await services[name](env);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, db, http: httpClient(`http://127.0.0.1:${port}`) };
}

async function stop(r: Running | undefined): Promise<void> {
  if (!r) return;
  await r.app.close();
  await dropTestDatabase(r.db);
}

describe('start-up never depends on the broker being there first', () => {
  it('a service started before its broker exists serves HTTP, reads not ready, and becomes ready by itself once the broker starts', async () => {
    const broker = await LocalBroker.create();
    const ns = uniqueNamespace('before-broker');
    let covenants: Running | undefined;
    try {
      covenants = await start('covenants', broker, ns);
      expect((await covenants.http.get('/health/live')).status).toBe(200);
      const notReady = await covenants.http.get('/health/ready');
      expect(notReady.status).toBe(503);
      expect(JSON.stringify(notReady.body)).toMatch(/kafka/);
      // commands are accepted meanwhile: their events wait in the outbox
      const clusterId = await createCluster(covenants.http);
      const created = await covenants.http.post('/covenants', { ...hàGiangCovenant, clusterId });
      expect(created.status).toBe(201);
      // a while of retrying, then the broker appears
      await new Promise((r) => setTimeout(r, 3000));
      expect((await covenants.http.get('/health/ready')).status).toBe(503);
      await broker.start();
      await waitFor(async () => (await covenants!.http.get('/health/ready')).status === 200, {
        what: 'covenants ready once the broker is up',
        timeoutMs: 60_000,
      });
      const recorder = await TopicRecorder.start([`${ns}${TOPICS.covenant}`], broker.endpoint());
      try {
        await waitFor(() => recorder.ofType('covenants.covenant-created.v1').some((m) => m.key === created.body.id), {
          what: 'the covenant created before the broker existed, on the topic',
        });
      } finally {
        await recorder.stop();
      }
    } finally {
      await stop(covenants);
      await broker.dispose();
    }
  }, 180_000);

  it('all five services started at once against a broker with no topics become ready, and the topics exist once each', async () => {
    const broker = await LocalBroker.create();
    await broker.start();
    const running: Running[] = [];
    try {
      // no namespace: the real topic names, on a broker that has none of them yet
      const names = Object.keys(services) as Name[];
      const started = await Promise.allSettled(names.map((n) => start(n, broker, '')));
      for (const s of started) if (s.status === 'fulfilled') running.push(s.value);
      expect(started.filter((s) => s.status === 'rejected')).toEqual([]);
      await waitFor(
        async () =>
          (await Promise.all(running.map(async (r) => (await r.http.get('/health/ready')).status))).every(
            (s) => s === 200,
          ),
        {
          what: 'all five services ready',
          timeoutMs: 90_000,
        },
      );
      for (const r of running) await r.app.get(MessagingRuntime).whenStarted();
      const { brokers, login } = broker.endpoint();
      const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING, ...saslOf(login) }).admin();
      await admin.connect();
      try {
        const topics = new Set(await admin.listTopics());
        for (const t of Object.values(TOPICS)) {
          expect(topics.has(t)).toBe(true);
          expect(topics.has(dlqTopic(t))).toBe(true);
        }
      } finally {
        await admin.disconnect();
      }
    } finally {
      for (const r of running) await stop(r);
      await broker.dispose();
    }
  }, 240_000);
});
