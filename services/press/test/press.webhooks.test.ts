import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { ensureTopics } from '@tdkt/messaging';
import { testKafka, waitFor } from '@tdkt/testing';
import { covenantSignedEvent, publishEvent } from './covenant-events.fixture';
import { LOCAL_WEBHOOKS, editors, pressEnvironment, startPress } from './press-app.harness';
import { webhookReceiver, type WebhookReceiver } from './webhook-receiver.fixture';

type Press = Awaited<ReturnType<typeof startPress>>;

// two people: test-runner submits, test-reviewer approves and publishes (four eyes)
let officer: Record<string, string>;
let lead: Record<string, string>;
beforeAll(async () => {
  ({ officer, lead } = await editors());
});

/** A covenant-signing draft taken through review to publication: one delivery per matching subscription. */
async function publishCovenant(press: Press, producer: Producer, topic: string, clusterName: string): Promise<void> {
  const e = covenantSignedEvent({ clusterName });
  await publishEvent(producer, topic, e);
  const d = await waitFor(async () => (await press.http.get(`/drafts?subjectId=${e.data.covenantId}`)).body.items[0], {
    what: 'the signing draft',
  });
  expect((await press.http.post(`/drafts/${d.id}/submit`, {}, officer)).status).toBe(200);
  expect((await press.http.post(`/drafts/${d.id}/approve`, {}, lead)).status).toBe(200);
  expect((await press.http.post(`/drafts/${d.id}/publish`, {}, lead)).status).toBe(200);
}

const deliveries = async (press: Press, subscriptionId: string) =>
  (await press.http.get(`/subscriptions/${subscriptionId}/deliveries`, lead)).body.items;

describe('press webhooks never reach inside the network (real PostgreSQL, Kafka and receivers)', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let press: Press;
  let producer: Producer;
  let db: Client;
  let inside: WebhookReceiver;

  beforeAll(async () => {
    env = await pressEnvironment('press-hooks');
    const kafka = testKafka();
    await ensureTopics(kafka, [env.covenantTopic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    press = await startPress(env.db, env.namespace); // the defaults: https only, public addresses only
    db = new Client({ ...env.db });
    await db.connect();
    inside = await webhookReceiver((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
  });

  afterAll(async () => {
    await inside.close();
    await db.end();
    await producer.disconnect();
    await press.stop();
    await env.drop();
  });

  it('refuses, by default, the local test receiver and every internal address at subscription time (422 naming webhookUrl, vi + en)', async () => {
    const subscribe = (webhookUrl: string) =>
      press.http.post('/subscriptions', { pressOffice: 'Báo X', organizations: [], kinds: [], webhookUrl }, lead);
    const plain = await subscribe(`http://127.0.0.1:${inside.port}/hook`);
    expect(plain.status).toBe(422);
    expect(plain.body.errors).toEqual([
      expect.objectContaining({
        field: 'webhookUrl',
        code: 'scheme',
        vi: 'Địa chỉ webhook phải dùng https://',
        en: 'the webhook address must use https://',
      }),
    ]);
    for (const url of [
      `https://127.0.0.1:${inside.port}/hook`,
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://10.0.0.8/hook',
      'https://192.168.1.10/hook',
      'https://100.64.0.1/hook',
      'https://[fd00::1]/hook',
      'https://[fe80::1]/hook',
      'https://0.0.0.0/hook',
    ]) {
      const res = await subscribe(url);
      expect([url, res.status, res.body.errors?.[0]?.field, res.body.errors?.[0]?.code]).toEqual([
        url,
        422,
        'webhookUrl',
        'non-public-address',
      ]);
      expect(res.body.vi.detail).toContain('mạng nội bộ');
      expect(res.body.en.detail).toContain('public address');
    }
    // 2130706433 is 127.0.0.1 spelt as a number: the URL validator refuses it before the address check
    expect((await subscribe('https://2130706433/')).body.errors).toEqual([
      expect.objectContaining({ field: 'webhookUrl', code: 'isUrl' }),
    ]);
    for (const url of [
      'https://localhost/hook',
      'https://kafka:9092/hook',
      'https://postgres/hook',
      'https://metadata.google.internal/computeMetadata/v1/',
    ]) {
      const res = await subscribe(url);
      expect([url, res.status, res.body.errors?.[0]?.field, res.body.errors?.[0]?.code]).toEqual([
        url,
        422,
        'webhookUrl',
        'internal-name',
      ]);
    }
    expect((await press.http.get('/subscriptions', lead)).body.total).toBe(0);
  });

  it('refuses again at send time, on the address resolved when connecting: no connection, and no timing in the log', async () => {
    // subscriptions that got past the check at subscription time (accepted before this rule, or a
    // name that resolved publicly then and resolves inside now): only the send-time check stands
    const literal = randomUUID();
    const named = randomUUID();
    for (const [id, url] of [
      [literal, `https://127.0.0.1:${inside.port}/hook`],
      [named, `https://localhost:${inside.port}/hook`],
    ]) {
      await db.query(
        `INSERT INTO subscriptions (id, press_office, organizations, kinds, webhook_url, secret, created_at) VALUES ($1, 'Báo X', '[]', '[]', $2, $3, now())`,
        [id, url, 'whsec_dGVzdC1zZWNyZXQtZm9yLXdlYmhvb2tz'],
      );
    }
    await publishCovenant(press, producer, env.covenantTopic, 'Cụm thi đua số 1');
    for (const id of [literal, named]) {
      const [d] = await waitFor(
        async () => {
          const items = await deliveries(press, id);
          return items[0]?.status === 'failed' && items;
        },
        { what: 'the refused delivery' },
      );
      expect(d).toMatchObject({ status: 'failed', attempts: 1, lastError: 'refused: non-public address' });
      expect(d.log).toEqual([
        expect.objectContaining({
          attempt: 1,
          statusCode: null,
          error: 'refused: non-public address',
          durationMs: null,
        }),
      ]);
    }
    expect(inside.connections()).toBe(0);
    expect(inside.requests).toEqual([]);
  });
});

describe('press webhooks: a slow subscriber delays no other (real receivers on 127.0.0.1)', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let press: Press;
  let producer: Producer;
  let db: Client;
  let slow: WebhookReceiver;
  let fast: WebhookReceiver;
  const held: ServerResponse[] = [];

  beforeAll(async () => {
    env = await pressEnvironment('press-hooks-slow');
    const kafka = testKafka();
    await ensureTopics(kafka, [env.covenantTopic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    // the explicit test setting; a long timeout so the slow receiver really holds its attempts
    press = await startPress(env.db, env.namespace, {
      ...LOCAL_WEBHOOKS,
      PRESS_WEBHOOK_TIMEOUT_MS: '30000',
      PRESS_WEBHOOK_MAX_IN_FLIGHT_PER_SUBSCRIPTION: '1',
    });
    db = new Client({ ...env.db });
    await db.connect();
    slow = await webhookReceiver((_req, res) => held.push(res)); // answers only when the test lets it
    fast = await webhookReceiver((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
  });

  afterAll(async () => {
    for (const res of held.splice(0)) res.end();
    await Promise.all([slow.close(), fast.close()]);
    await db.end();
    await producer.disconnect();
    await press.stop();
    await env.drop();
  });

  it('sends to the others while one hangs, holds no transaction meanwhile, and keeps the slow one to its in-flight limit', async () => {
    const sub = async (pressOffice: string, organizations: string[], port: number) =>
      (
        await press.http.post(
          '/subscriptions',
          {
            pressOffice,
            organizations,
            kinds: [],
            webhookUrl: `http://127.0.0.1:${port}/hook`,
          },
          lead,
        )
      ).body;
    const slowSub = await sub('Báo Chậm', [], slow.port); // every publication
    const fastSub = await sub('Báo Nhanh', ['Cụm thi đua số 2'], fast.port);
    expect(slowSub.id && fastSub.id).toBeTruthy();

    // the slow subscriber's receiver takes the first publication and does not answer
    await publishCovenant(press, producer, env.covenantTopic, 'Cụm thi đua số 1');
    await waitFor(() => slow.requests.length === 1, { what: 'the slow receiver holding a request' });

    // a second publication for both: the fast one gets it at once, though the slow one still hangs
    const published = Date.now();
    await publishCovenant(press, producer, env.covenantTopic, 'Cụm thi đua số 2');
    await waitFor(() => fast.requests.length === 1, { what: 'the fast delivery', timeoutMs: 10_000 });
    expect(fast.requests[0]!.at - published).toBeLessThan(5000);
    const [fastDelivery] = await waitFor(async () => {
      const items = await deliveries(press, fastSub.id);
      return items[0]?.status === 'delivered' && items;
    });
    expect(fastDelivery.log).toEqual([expect.objectContaining({ statusCode: 204 })]);

    // while the slow receiver holds its request, no transaction stays open (short ones come and go) and no delivery row is locked
    await new Promise((r) => setTimeout(r, Math.max(0, slow.requests[0]!.at + 2000 - Date.now())));
    const idle = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state LIKE 'idle in transaction%' AND xact_start < now() - interval '1 second'`,
      [env.db.database],
    );
    expect(idle.rows[0].n).toBe(0);
    const unlocked = await db.query(
      `SELECT count(*)::int AS n FROM (SELECT id FROM webhook_deliveries FOR UPDATE SKIP LOCKED) x`,
    );
    expect(unlocked.rows[0].n).toBe(3);
    // its second delivery waits for the first: one in flight per subscription (PRESS_WEBHOOK_MAX_IN_FLIGHT_PER_SUBSCRIPTION=1)
    expect(slow.requests).toHaveLength(1);
    expect((await deliveries(press, slowSub.id)).map((d: { status: string }) => d.status)).toEqual([
      'pending',
      'pending',
    ]);

    // the slow receiver answers: its first delivery is recorded, then its second is sent
    held.shift()!.end();
    await waitFor(() => slow.requests.length === 2, { what: "the slow subscriber's second delivery" });
    held.shift()!.end();
    const slowLog = await waitFor(async () => {
      const items = await deliveries(press, slowSub.id);
      return items.every((d: { status: string }) => d.status === 'delivered') && items;
    });
    expect(slowLog).toHaveLength(2);
    expect(
      slowLog.every((d: { log: { durationMs: number }[] }) => d.log.length === 1 && d.log[0]!.durationMs >= 0),
    ).toBe(true);
  });
});
