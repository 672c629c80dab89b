import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import { TOPICS, serviceSource, toKafkaHeaders, type CloudEvent } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { createTestDatabase, dropTestDatabase, testKeycloak, waitFor } from '@tdkt/testing';
import { createGatewayApp } from '../src/app.factory';
import { loadGatewayConfig } from '../src/config/gateway.config';
import { Browser, loginFormAction } from './browser';
import { LiveKafka } from './live-kafka';
import { listenOnPublicPort } from './public-port';
import { SseReader } from './sse-reader';

/**
 * `GET /events` against the real broker (the gateway's own principal and group, the ACLs of
 * infra/up.sh) and the real identity provider: a signature recorded in Hà Giang reaches a
 * Hà Giang user and not a Sơn La one; a reconnect with Last-Event-ID gets what it missed.
 */
const PUBLIC_URL = (process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3190').replace(/\/$/, '');
const GW = PUBLIC_URL;
const kc = testKeycloak();
const kafka = new LiveKafka();
const HA_GIANG = 'province:ha-giang';
const SON_LA = 'province:son-la';

let db: DatabaseConfig;
let gateway: INestApplication;
let producer: Producer;
const readers: SseReader[] = [];

async function signIn(username: string): Promise<Browser> {
  const browser = new Browser();
  const start = await browser.get(`${GW}/auth/login`);
  const page = await browser.get(start.headers.get('location')!);
  const action = loginFormAction(await page.text())!;
  const posted = await browser.postForm(action, {
    username,
    password: kc.credentials.KEYCLOAK_DEMO_PASSWORD!,
    credentialId: '',
  });
  expect(posted.status).toBe(302);
  await browser.get(posted.headers.get('location')!);
  expect((await browser.get(`${GW}/auth/me`)).status).toBe(200);
  return browser;
}

async function stream(browser: Browser, lastEventId?: string): Promise<SseReader> {
  const reader = await SseReader.open(`${GW}/events`, {
    cookie: `tdkt.sid=${browser.cookie(GW, 'tdkt.sid')}`,
    ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
  });
  readers.push(reader);
  return reader;
}

/** A signature as the covenants service publishes it (its topic, its source, the covenant's tenant). */
async function signatureRecorded(tenant: string, unitName: string, source = serviceSource('covenants')) {
  const covenantId = randomUUID();
  const event: CloudEvent = {
    id: randomUUID(),
    type: 'covenants.signature-recorded.v1',
    source,
    specversion: '1.0',
    time: new Date().toISOString(),
    subject: covenantId,
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    tenant,
    data: {
      covenantId,
      partyId: randomUUID(),
      unitName,
      signatory: { name: 'Nguyễn Văn A', titles: ['Chủ tịch UBND tỉnh'] },
      signedAt: new Date().toISOString(),
      signedCount: 1,
      partyCount: 7,
    },
  };
  await producer.send({
    topic: `${kafka.namespace}${TOPICS.covenant}`,
    messages: [{ key: covenantId, value: JSON.stringify(event.data), headers: toKafkaHeaders(event) }],
  });
  return covenantId;
}

const signed = (reader: SseReader, covenantId: string) =>
  reader.of('signature-recorded', (d) => d.covenantId === covenantId);

beforeAll(async () => {
  db = await createTestDatabase('gateway-live');
  await kafka.provision();
  producer = kafka.admin.producer();
  await producer.connect();
  gateway = await createGatewayApp(
    loadGatewayConfig({
      GATEWAY_PORT: new URL(PUBLIC_URL).port,
      GATEWAY_PUBLIC_URL: PUBLIC_URL,
      GATEWAY_CLIENT_SECRET: kc.credentials.KEYCLOAK_GATEWAY_SECRET,
      GATEWAY_SESSION_SECRET: randomBytes(32).toString('base64url'),
      AUTH_ISSUER: kc.issuer,
      PGHOST: db.host,
      PGPORT: String(db.port),
      PGUSER: db.user,
      PGPASSWORD: db.password,
      GATEWAY_DB: db.database,
      // a press that does not answer: these users are no press officers anyway
      GATEWAY_UPSTREAM_PRESS: 'http://127.0.0.1:1',
      LOG_LEVEL: 'silent',
      ...kafka.env(),
    }),
  );
  await listenOnPublicPort(gateway, Number(new URL(PUBLIC_URL).port));
  await waitFor(async () => (await fetch(`${GW}/health/ready`)).status === 200, {
    timeoutMs: 60_000,
    what: 'the live consumer in its group',
  });
});

afterAll(async () => {
  for (const r of readers) r.close();
  await gateway?.close();
  await producer?.disconnect();
  await kafka.revoke();
  if (db) await dropTestDatabase(db);
});

describe('gateway: live events (GET /events)', () => {
  it('answers 401 without a session, as a problem', async () => {
    const res = await fetch(`${GW}/events`, { headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as { type: string }).type).toBe('urn:tdkt:problem:not-signed-in');
  });

  it("a Hà Giang user hears Hà Giang's signature; a Sơn La user does not, but hears Sơn La's", async () => {
    const [hg, sl] = await Promise.all([signIn('hg.tochuc'), signIn('sl.tochuc')]);
    const a = await stream(hg);
    const b = await stream(sl);
    expect([a.status, a.contentType]).toEqual([200, expect.stringMatching(/^text\/event-stream/)]);
    expect(b.status).toBe(200);
    const ofA = await signatureRecorded(HA_GIANG, 'Sở Nội vụ tỉnh Hà Giang');
    // published after A's: once B hears its own, A's has long passed the gateway
    const ofB = await signatureRecorded(SON_LA, 'Sở Nội vụ tỉnh Sơn La');
    await waitFor(() => signed(a, ofA).length === 1 && signed(b, ofB).length === 1, {
      timeoutMs: 30_000,
      what: 'each province its own signature',
    });
    const heard = JSON.parse(signed(a, ofA)[0]!.data);
    expect(heard).toMatchObject({
      covenantId: ofA,
      unitName: 'Sở Nội vụ tỉnh Hà Giang',
      signedCount: 1,
      partyCount: 7,
    });
    expect(signed(a, ofA)[0]!.id).toMatch(/^[\w-]+\.\d+$/);
    expect(signed(b, ofA)).toEqual([]);
    expect(signed(a, ofB)).toEqual([]);
  });

  it('drops an event on the covenants topic that the covenants service did not publish', async () => {
    const hg = await signIn('hg.tochuc');
    const a = await stream(hg);
    const forged = await signatureRecorded(HA_GIANG, 'Giả mạo', serviceSource('press'));
    const real = await signatureRecorded(HA_GIANG, 'Sở Tài chính tỉnh Hà Giang');
    await waitFor(() => signed(a, real).length === 1, { timeoutMs: 30_000, what: 'the real signature' });
    expect(signed(a, forged)).toEqual([]);
  });

  it('a reconnect with Last-Event-ID gets the events it missed, in order, and only its own', async () => {
    const hg = await signIn('hg.tochuc');
    const first = await stream(hg);
    const seen = await signatureRecorded(HA_GIANG, 'Sở Y tế tỉnh Hà Giang');
    await waitFor(() => signed(first, seen).length === 1, { timeoutMs: 30_000, what: 'the first signature' });
    const lastEventId = signed(first, seen)[0]!.id!;
    first.close();

    // while the page is away
    const missed1 = await signatureRecorded(HA_GIANG, 'Sở Giáo dục và Đào tạo tỉnh Hà Giang');
    const notMine = await signatureRecorded(SON_LA, 'Sở Y tế tỉnh Sơn La');
    const missed2 = await signatureRecorded(HA_GIANG, 'Sở Xây dựng tỉnh Hà Giang');
    // a Hà Giang stream open meanwhile tells when the gateway has them
    const witness = await stream(hg);
    const marker = await signatureRecorded(HA_GIANG, 'Sở Công Thương tỉnh Hà Giang');
    await waitFor(() => signed(witness, marker).length === 1, { timeoutMs: 30_000, what: 'the gateway caught up' });

    const again = await stream(hg, lastEventId);
    await waitFor(() => signed(again, marker).length === 1, { timeoutMs: 30_000, what: 'the replay' });
    const covenants = again.of('signature-recorded').map((e) => JSON.parse(e.data).covenantId);
    expect(covenants).toEqual([missed1, missed2, marker]);
    expect(covenants).not.toContain(seen);
    expect(covenants).not.toContain(notMine);
    expect(again.of('reset')).toEqual([]);
  });

  it('answers a Last-Event-ID it cannot replay (another process, a restart) with a reset event', async () => {
    const hg = await signIn('hg.tochuc');
    const r = await stream(hg, 'another-process.41');
    await waitFor(() => r.of('reset').length === 1, { timeoutMs: 10_000, what: 'the reset' });
    expect(r.of('reset')[0]!.id).toMatch(/^[\w-]+\.\d+$/);
  });
});
