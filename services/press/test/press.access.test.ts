import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { ensureTopics } from '@tdkt/messaging';
import { TopicRecorder, bearer, httpClient, testKafka, tokenFor, waitFor } from '@tdkt/testing';
import { covenantSignedEvent, publishEvent } from './covenant-events.fixture';
import { TEST_TENANT, pressEnvironment, startPress } from './press-app.harness';

/** The token's subject (the actor id press records), read from the JWT payload. */
const subOf = async (user: Parameters<typeof tokenFor>[0]): Promise<string> =>
  JSON.parse(Buffer.from((await tokenFor(user)).split('.')[1]!, 'base64url').toString('utf8')).sub;

describe('press: who may do what, on whose drafts (real PostgreSQL, Kafka and identity provider)', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let producer: Producer;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    env = await pressEnvironment('press-access');
    const kafka = testKafka();
    await ensureTopics(kafka, [env.covenantTopic]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    press = await startPress(env.db, env.namespace);
    recorder = await TopicRecorder.start([env.draftTopic]);
  });

  afterAll(async () => {
    await recorder.stop();
    await producer.disconnect();
    await press.stop();
    await env.drop();
  });

  const runner = () => press.http; // test-runner: every role, province:kiem-thu
  const as = (user: Parameters<typeof bearer>[0]) => httpClient(press.url, { as: user });
  const eventsOf = (draftId: string) => recorder.messages.filter((m) => m.key === draftId);

  /** A signing draft of this tenant, once written (seen through an admin, who sees all). */
  async function draftOfTenant(tenant: string) {
    const e = covenantSignedEvent({}, tenant);
    await publishEvent(producer, env.covenantTopic, e);
    return waitFor(async () => (await as('test-admin').get(`/drafts?subjectId=${e.data.covenantId}`)).body.items?.[0], {
      what: `the draft of ${tenant}`,
    });
  }

  /** Nothing more is announced about the draft for a while (the outbox relay is quick in tests). */
  async function noNewEvents(draftId: string, before: number) {
    await new Promise((r) => setTimeout(r, 1500));
    expect(eventsOf(draftId)).toHaveLength(before);
  }

  it('answers 401 problem+json without a token, and ignores x-actor / x-role headers', async () => {
    const d = await draftOfTenant(TEST_TENANT);
    const anonymous = httpClient(press.url, { as: null });
    const forged = { 'x-actor': encodeURIComponent('Cầm Văn Nam'), 'x-role': 'press-lead' };
    for (const res of [
      await anonymous.get('/drafts'),
      await anonymous.get(`/drafts/${d.id}`, forged),
      await anonymous.post(`/drafts/${d.id}/submit`, {}, forged),
      await anonymous.get('/subscriptions'),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.title).toBeTruthy();
    }
    // a press officer claiming to be a press lead by header is still a press officer
    expect((await runner().post(`/drafts/${d.id}/submit`, {})).status).toBe(200);
    const claimed = await as('test-press-officer').post(`/drafts/${d.id}/approve`, {}, forged);
    expect(claimed.status).toBe(403);
    expect((await runner().get(`/drafts/${d.id}`)).body.status).toBe('in_review');
  });

  it('lets only a press lead approve and publish, and never the one who submitted it (four eyes, by id)', async () => {
    const d = await draftOfTenant(TEST_TENANT);
    const generated = await waitFor(() => eventsOf(d.id).find((m) => m.headers.ce_type === 'press.draft-generated.v1'));
    expect(generated.headers.ce_tenant).toBe(TEST_TENANT);

    expect((await runner().post(`/drafts/${d.id}/submit`, {})).status).toBe(200);
    const before = eventsOf(d.id).length;
    const officerApproves = await as('test-press-officer').post(`/drafts/${d.id}/approve`, {});
    expect(officerApproves.status).toBe(403);
    expect(officerApproves.headers.get('content-type')).toContain('application/problem+json');
    // test-runner holds press-lead, but submitted this draft
    const own = await runner().post(`/drafts/${d.id}/approve`, {});
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({ title: 'Không được tự duyệt' });
    expect((await runner().get(`/drafts/${d.id}`)).body.status).toBe('in_review');
    await noNewEvents(d.id, before);

    const approved = await as('test-reviewer').post(`/drafts/${d.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const announced = await waitFor(() => eventsOf(d.id).find((m) => m.headers.ce_type === 'press.draft-approved.v1'));
    expect(announced.headers.ce_tenant).toBe(TEST_TENANT);
    expect(announced.headers.ce_actorid).toBe(await subOf('test-reviewer'));

    const afterApproval = eventsOf(d.id).length;
    expect((await as('test-press-officer').post(`/drafts/${d.id}/publish`, {})).status).toBe(403);
    expect((await runner().get(`/drafts/${d.id}`)).body).toMatchObject({ status: 'approved', publishedVersion: null });
    await noNewEvents(d.id, afterApproval);
    expect((await as('test-press-lead').post(`/drafts/${d.id}/publish`, {})).body.status).toBe('published');
    const published = await waitFor(() => eventsOf(d.id).find((m) => m.headers.ce_type === 'press.draft-published.v1'));
    expect(published.headers.ce_tenant).toBe(TEST_TENANT);

    // the audit trail: the token's id and name, the role the step was taken in
    const history = (await runner().get(`/drafts/${d.id}/transitions`)).body.items;
    expect(
      history.map((t: { action: string; actorId: string; role: string }) => [t.action, t.actorId, t.role]),
    ).toEqual([
      ['submit', await subOf('test-runner'), 'press-officer'],
      ['approve', await subOf('test-reviewer'), 'press-lead'],
      ['publish', await subOf('test-press-lead'), 'press-lead'],
    ]);
    expect(history.map((t: { actor: string }) => t.actor)).toEqual(['Kiểm Thử', 'Duyệt Thử', 'Biên tập Thử']);
  });

  it("hides test-runner's drafts from test-outsider: the list leaves them out, every route is a 404, nothing changes", async () => {
    const d = await draftOfTenant(TEST_TENANT);
    await waitFor(() => eventsOf(d.id).length === 1);
    const outsider = as('test-outsider');
    expect((await outsider.get(`/drafts?subjectId=${d.subjectId}`)).body).toMatchObject({ items: [], total: 0 });
    expect((await outsider.get('/drafts?pageSize=100')).body.items.some((x: { id: string }) => x.id === d.id)).toBe(
      false,
    );
    const paragraphs = d.paragraphs.map((p: { role: string; text: string }) => ({ role: p.role, text: 'Sửa' }));
    for (const res of [
      await outsider.get(`/drafts/${d.id}`),
      await outsider.get(`/drafts/${d.id}/provenance`),
      await outsider.get(`/drafts/${d.id}/versions`),
      await outsider.get(`/drafts/${d.id}/transitions`),
      await outsider.get(`/drafts/${d.id}/export.md`),
      await outsider.get(`/drafts/${d.id}/export.html`),
      await outsider.get(`/drafts/${d.id}/export.docx`),
      await outsider.patch(`/drafts/${d.id}/paragraphs/lead`, { text: 'Sửa của người ngoài' }),
      await outsider.put(`/drafts/${d.id}`, { title: 'Sửa', paragraphs }),
      await outsider.post(`/drafts/${d.id}/merge`, {}),
      await outsider.post(`/drafts/${d.id}/submit`, {}),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.title).toBe('Không tìm thấy bản tin');
    }
    const now = (await runner().get(`/drafts/${d.id}`)).body;
    expect(now).toMatchObject({ version: d.version, status: 'draft', title: d.title });
    expect((await runner().get(`/drafts/${d.id}/transitions`)).body.total).toBe(0);
    await noNewEvents(d.id, 1);
  });

  it('shows a press office the drafts of the tenants it covers, once admin says so (bao.phongvien and province:ha-giang)', async () => {
    const d = await draftOfTenant('province:ha-giang');
    const generated = await waitFor(() => eventsOf(d.id).find((m) => m.headers.ce_type === 'press.draft-generated.v1'));
    expect(generated.headers.ce_tenant).toBe('province:ha-giang');
    expect(d.tenant).toBe('province:ha-giang');
    const ours = await draftOfTenant(TEST_TENANT);
    const reporter = as('bao.phongvien'); // press-officer of press:bao-ha-giang

    expect((await reporter.get(`/drafts?subjectId=${d.subjectId}`)).body.total).toBe(0);
    expect((await reporter.get(`/drafts/${d.id}`)).status).toBe(404);
    expect((await reporter.patch(`/drafts/${d.id}/paragraphs/lead`, { text: 'Sớm quá' })).status).toBe(404);
    expect((await reporter.get('/press-offices/press:bao-ha-giang')).body).toEqual({
      tenant: 'press:bao-ha-giang',
      covers: [],
    });

    // only admin sets the coverage; a bad tenant is a 400
    const coverage = { covers: ['province:ha-giang', 'cluster:bien-gioi-phia-bac'] };
    expect((await as('test-press-lead').put('/press-offices/press:bao-ha-giang/coverage', coverage)).status).toBe(403);
    expect((await reporter.put('/press-offices/press:bao-ha-giang/coverage', coverage)).status).toBe(403);
    const bad = await as('test-admin').put('/press-offices/press:bao-ha-giang/coverage', { covers: ['Hà Giang'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/^covers/);
    expect((await as('test-admin').put('/press-offices/province:ha-giang/coverage', coverage)).status).toBe(400);
    const set = await as('test-admin').put('/press-offices/press:bao-ha-giang/coverage', coverage);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({
      tenant: 'press:bao-ha-giang',
      covers: ['cluster:bien-gioi-phia-bac', 'province:ha-giang'],
    });
    expect((await reporter.get('/press-offices/press:bao-ha-giang')).body.covers).toEqual(set.body.covers);
    // another press office's coverage is none of its business
    expect((await reporter.get('/press-offices/press:bao-son-la')).status).toBe(404);

    expect(
      (await reporter.get(`/drafts?subjectId=${d.subjectId}`)).body.items.map((x: { id: string }) => x.id),
    ).toEqual([d.id]);
    expect((await reporter.get(`/drafts/${d.id}`)).status).toBe(200);
    const edited = await reporter.patch(`/drafts/${d.id}/paragraphs/lead`, { text: 'Sáng 5/3, Hà Giang ký kết.' });
    expect(edited.status).toBe(200);
    expect((await runner().get(`/drafts/${d.id}/versions`)).body.items.at(-1)).toMatchObject({
      origin: 'edited',
      author: expect.any(String),
    });
    // but not the kiem-thu drafts it does not cover
    expect((await reporter.get(`/drafts/${ours.id}`)).status).toBe(404);

    // coverage taken away: gone again
    await as('test-admin').put('/press-offices/press:bao-ha-giang/coverage', { covers: [] });
    expect((await reporter.get(`/drafts/${d.id}`)).status).toBe(404);
  });

  it('keeps subscriptions to their press office, and an Idempotency-Key replay to the caller who made it', async () => {
    const key = `sub-${randomUUID()}`;
    const body = { pressOffice: 'Báo Kiểm Thử', organizations: [], kinds: [] };
    const first = await as('test-reviewer').post('/subscriptions', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ tenant: TEST_TENANT, secret: expect.stringMatching(/^whsec_/) });
    // the same caller retrying gets the stored answer
    const again = await as('test-reviewer').post('/subscriptions', body, { 'idempotency-key': key });
    expect(again.body).toMatchObject({ id: first.body.id, secret: first.body.secret });

    // another caller with the same key never gets the first caller's answer (nor its secret)
    const other = await as('test-outsider').post('/subscriptions', body, { 'idempotency-key': key });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
    expect(other.body.secret).not.toBe(first.body.secret);
    expect(other.body.tenant).toBe('province:ngoai-tinh');
    expect(JSON.stringify(other.body)).not.toContain(first.body.secret);
    const sameTenant = await as('test-press-lead').post('/subscriptions', body, { 'idempotency-key': key });
    expect(sameTenant.body.id).not.toBe(first.body.id);
    expect(sameTenant.body.secret).not.toBe(first.body.secret);

    // test-outsider does not see the kiem-thu press office's subscriptions
    const outsider = as('test-outsider');
    const listed = (await outsider.get('/subscriptions?pageSize=100')).body.items.map((s: { id: string }) => s.id);
    expect(listed).toContain(other.body.id);
    expect(listed).not.toContain(first.body.id);
    expect((await outsider.get(`/subscriptions/${first.body.id}`)).status).toBe(404);
    expect((await outsider.get(`/subscriptions/${first.body.id}/deliveries`)).status).toBe(404);
    expect((await as('test-press-officer').get(`/subscriptions/${first.body.id}`)).body.id).toBe(first.body.id);
    expect((await as('test-press-officer').post('/subscriptions', body)).status).toBe(403);
    // a press lead cannot make a subscription for a press office they are not in
    expect((await as('test-press-lead').post('/subscriptions', { ...body, tenant: 'press:bao-ha-giang' })).status).toBe(
      403,
    );
  });
});
