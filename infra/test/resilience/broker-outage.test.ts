import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { MessagingRuntime } from '@tdkt/messaging';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  LocalBroker,
  TopicRecorder,
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
  waitFor,
} from '@tdkt/testing';
import { DataSource } from 'typeorm';
import { createCluster, hàGiangCovenant } from '../../../services/covenants/test/covenants-app.harness';
import { createCovenantsApp } from '../../../services/covenants/src/app.factory';
import { loadCovenantsConfig } from '../../../services/covenants/src/config/covenants.config';

const OUTAGE_MS = 40_000;

/**
 * The broker goes away for 40 s — longer than the producer's own retries — while commands keep
 * arriving over HTTP. HTTP keeps accepting them (the outbox holds the events), readiness says
 * "not ready", and once the broker is back every event is published without restarting the
 * service (the relay replaces a producer whose idempotent sequence went stale).
 */
describe('the broker stopped for 40 s under a stream of commands', () => {
  let broker: LocalBroker;
  let db: DatabaseConfig;
  let app: INestApplication;
  let http: ReturnType<typeof httpClient>;
  const ns = uniqueNamespace('outage');

  beforeAll(async () => {
    broker = await LocalBroker.create();
    await broker.start();
    db = await createTestDatabase('outage');
    app = await createCovenantsApp(
      loadCovenantsConfig({ ...testServiceEnv(db, ns, 'COVENANTS_DB'), ...broker.serviceEnv() }),
    );
    http = httpClient(await listenOnFreePort(app));
    await app.get(MessagingRuntime).whenStarted();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await broker?.dispose();
    if (db) await dropTestDatabase(db);
  }, 60_000);

  it('accepts every command meanwhile, reads not ready, and publishes everything afterwards by itself', async () => {
    const clusterId = await createCluster(http);
    const created: string[] = [];
    const refused: number[] = [];
    let driving = true;
    const driver = (async () => {
      for (let i = 0; driving; i++) {
        const res = await http.post('/covenants', { ...hàGiangCovenant, clusterId, title: `Giao ước thi đua số ${i}` });
        if (res.status === 201) created.push(res.body.id);
        else refused.push(res.status);
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    const ready = async () => (await http.get('/health/ready')).status;

    await waitFor(() => created.length >= 5, { what: 'commands before the outage' });
    expect(await ready()).toBe(200);
    await broker.stop();
    const stoppedAt = Date.now();
    const before = created.length;
    await waitFor(async () => (await ready()) === 503, {
      what: 'readiness to report the broker gone',
      timeoutMs: 30_000,
    });
    await new Promise((r) => setTimeout(r, OUTAGE_MS - (Date.now() - stoppedAt)));
    expect(created.length).toBeGreaterThan(before + 20); // HTTP kept accepting commands
    await broker.start();
    const back = created.length;
    await waitFor(() => created.length >= back + 10, { what: 'commands after the outage', timeoutMs: 30_000 });
    driving = false;
    await driver;

    expect(refused).toEqual([]);
    const outbox = app.get(DataSource);
    await waitFor(async () => Number((await outbox.query('SELECT count(*)::int AS n FROM outbox'))[0].n) === 0, {
      what: 'the outbox to drain after the outage',
      timeoutMs: 60_000,
    });
    await waitFor(async () => (await ready()) === 200, { what: 'readiness back', timeoutMs: 30_000 });

    const recorder = await TopicRecorder.start([`${ns}${TOPICS.covenant}`], broker.endpoint());
    try {
      const onWire = await waitFor(
        () => {
          const ids = new Set(recorder.ofType('covenants.covenant-created.v1').map((m) => m.key));
          return created.every((id) => ids.has(id)) ? ids : undefined;
        },
        { what: `all ${created.length} covenant-created events on the topic`, timeoutMs: 30_000 },
      );
      expect(onWire.size).toBe(created.length);
    } finally {
      await recorder.stop();
    }
    expect(await outbox.query('SELECT count(*)::int AS n FROM outbox_parked')).toEqual([{ n: 0 }]);
  }, 240_000);
});
