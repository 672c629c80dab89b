import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { decodeJwt } from 'jose';
import { TOPICS } from '@tdkt/contracts';
import {
  TopicRecorder,
  bearer,
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  testKeycloak,
  tokenFor,
  uniqueNamespace,
  waitFor,
  type DemoUser,
} from '@tdkt/testing';
import { borderLeaders, hàGiangCovenant, startCovenants } from '../../../services/covenants/test/covenants-app.harness';
import { createGatewayApp } from '../../../services/gateway/src/app.factory';
import { loadGatewayConfig } from '../../../services/gateway/src/config/gateway.config';
import { startPress } from '../../../services/press/test/press-app.harness';

/**
 * docs/design.md#flows, flow 1 as the people who do it, each signed in at the real provider (the
 * authorization code flow) and going through the gateway: the cluster's lead sets up and records
 * the covenant, the platform admin lets the provincial newspaper cover the cluster, its reporter
 * submits the news draft and its editor-in-chief approves and publishes it. The others are kept
 * out: an organizer of another province does not see the covenant, the reporter cannot approve.
 */
describe('flow: the covenant signing and its news, as real users of each role through the gateway', () => {
  const namespace = uniqueNamespace('gwflow');
  const kc = testKeycloak();
  let covenants: Awaited<ReturnType<typeof startCovenants>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let pressDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let gatewayDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let gateway: INestApplication;
  let gw: string;
  let events: TopicRecorder;
  const subOf = async (user: DemoUser) => decodeJwt(await tokenFor(user)).sub;

  async function as(user: DemoUser, method: string, path: string, body?: unknown) {
    const res = await fetch(`${gw}/api${path}`, {
      method,
      headers: {
        ...(await bearer(user)),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  beforeAll(async () => {
    covenants = await startCovenants('gwflow-cov', namespace);
    pressDb = await createTestDatabase('gwflow-press');
    press = await startPress(pressDb, namespace);
    gatewayDb = await createTestDatabase('gwflow-gateway');
    gateway = await createGatewayApp(
      loadGatewayConfig({
        GATEWAY_PORT: '0',
        // the provider's redirect URI is not used here: every user brings a bearer token
        GATEWAY_PUBLIC_URL: process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3190',
        GATEWAY_CLIENT_SECRET: kc.credentials.KEYCLOAK_GATEWAY_SECRET,
        GATEWAY_SESSION_SECRET: randomBytes(32).toString('base64url'),
        AUTH_ISSUER: kc.issuer,
        PGHOST: gatewayDb.host,
        PGPORT: String(gatewayDb.port),
        PGUSER: gatewayDb.user,
        PGPASSWORD: gatewayDb.password,
        GATEWAY_DB: gatewayDb.database,
        LOG_LEVEL: 'silent',
        GATEWAY_UPSTREAM_COVENANTS: covenants.url,
        GATEWAY_UPSTREAM_PRESS: press.url,
      }),
    );
    gw = await listenOnFreePort(gateway);
    events = await TopicRecorder.start([`${namespace}${TOPICS.covenant}`, `${namespace}${TOPICS.draft}`]);
  });

  afterAll(async () => {
    await events?.stop();
    await gateway?.close();
    await press?.stop();
    await covenants?.stop();
    await dropTestDatabase(pressDb);
    await dropTestDatabase(gatewayDb);
  });

  it('runs from the cluster lead to the published news, and keeps every other tenant and role out', async () => {
    // the cluster lead: the cluster (owned by the lead's own organization), the covenant, the signatures
    const cluster = await as('cum.truong', 'POST', '/covenants/clusters', {
      name: 'Cụm thi đua các tỉnh biên giới phía Bắc',
      kind: 'cum',
      organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
      members: Object.keys(borderLeaders).map((unitName) => ({ unitName, joinedOn: '2008-01-01' })),
    });
    expect(cluster.status).toBe(201);
    const created = await as('cum.truong', 'POST', '/covenants/covenants', {
      ...hàGiangCovenant,
      clusterId: cluster.body.id,
    });
    expect(created.status).toBe(201);
    const c = created.body;

    // an organizer of another province, and the reporter, see no such covenant
    expect((await as('hg.tochuc', 'GET', `/covenants/covenants/${c.id}`)).status).toBe(404);
    expect((await as('sl.thidua', 'GET', `/covenants/covenants/${c.id}`)).status).toBe(403);

    for (const [i, p] of c.parties.entries()) {
      const signed = await as('cum.truong', 'POST', `/covenants/covenants/${c.id}/signatures`, {
        partyId: p.id,
        signatory: borderLeaders[p.unitName as keyof typeof borderLeaders],
        signedAt: `2024-03-05T0${2 + i}:00:00.000Z`,
        place: 'Hội trường UBND tỉnh Hà Giang',
      });
      expect(signed.status).toBe(201);
    }
    // the events name the cluster's organization and the person who signed the lead in
    const signedEvent = await waitFor(() => events.ofType('covenants.covenant-signed.v1').find((m) => m.key === c.id));
    expect(signedEvent.headers.ce_tenant).toBe('cluster:bien-gioi-phia-bac');
    expect(signedEvent.headers.ce_actorid).toBe(await subOf('cum.truong'));
    expect(decodeURIComponent(signedEvent.headers.ce_actorname!)).toBe('Hoàng Văn Bình');

    // the newspaper sees the cluster's drafts only once the admin says it covers the cluster
    expect((await as('bao.phongvien', 'GET', `/press/drafts?subjectId=${c.id}`)).body.items).toEqual([]);
    const coverage = await as('quantri', 'PUT', '/press/press-offices/press:bao-ha-giang/coverage', {
      covers: ['province:ha-giang', 'cluster:bien-gioi-phia-bac'],
    });
    expect(coverage.status).toBe(200);
    const draft = await waitFor(
      async () => (await as('bao.phongvien', 'GET', `/press/drafts?subjectId=${c.id}`)).body.items[0],
      { what: "the signed covenant's draft, seen by the covering newspaper's reporter" },
    );
    expect(draft.title).toBe('Cụm thi đua các tỉnh biên giới phía Bắc ký kết giao ước thi đua năm 2024');

    // the reporter submits; only the editor-in-chief approves and publishes
    expect((await as('bao.phongvien', 'POST', `/press/drafts/${draft.id}/submit`, {})).status).toBe(200);
    expect((await as('bao.phongvien', 'POST', `/press/drafts/${draft.id}/approve`, {})).status).toBe(403);
    expect((await as('bao.bientap', 'POST', `/press/drafts/${draft.id}/approve`, {})).body.status).toBe('approved');
    expect((await as('bao.bientap', 'POST', `/press/drafts/${draft.id}/publish`, {})).body.status).toBe('published');

    // the audit trail names the two people, from their tokens
    const history = (await as('bao.bientap', 'GET', `/press/drafts/${draft.id}/transitions`)).body.items;
    expect(history.map((t: { action: string; actorId: string }) => [t.action, t.actorId])).toEqual([
      ['submit', await subOf('bao.phongvien')],
      ['approve', await subOf('bao.bientap')],
      ['publish', await subOf('bao.bientap')],
    ]);
    const published = await waitFor(() => events.ofType('press.draft-published.v1').find((m) => m.key === draft.id));
    expect(published.headers.ce_tenant).toBe('cluster:bien-gioi-phia-bac');

    // straight to the service, around the gateway, without a token: 401
    expect((await fetch(`${covenants.url}/covenants/${c.id}`)).status).toBe(401);
  });
});
