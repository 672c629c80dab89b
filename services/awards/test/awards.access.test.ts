import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CovenantEvaluated, type CovenantEvaluatedData } from '@tdkt/contracts';
import { bearer, httpClient, TopicRecorder, testKafka, waitFor, type RecordedMessage } from '@tdkt/testing';
import { foreignEvent, provincialDecision, publish, startAwards } from './awards-app.harness';

/**
 * Roles and tenancy (issue 11): the secretariat of one province acts on its own decisions,
 * revocations, local award types and proposals only; another province's records answer 404
 * and stay as they were. Events name the owning tenant and the person who acted.
 */
describe('awards: roles and tenancy (real identity provider, PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startAwards>>;
  let recorder: TopicRecorder;
  let producer: Producer;
  let outsider: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    svc = await startAwards('awards_access');
    recorder = await TopicRecorder.start([svc.awardTopic]);
    producer = testKafka().producer();
    await producer.connect();
    outsider = httpClient(svc.url, { as: 'test-outsider' });
  });

  // optional chaining: a failed beforeAll (the identity provider refused a login) is reported as itself
  afterAll(async () => {
    await producer?.disconnect();
    await recorder?.stop();
    await svc?.stop();
  });

  const count = async (table: string): Promise<number> =>
    (await svc.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const ofSubject = (type: string, subject: string): RecordedMessage[] =>
    recorder.ofType(type).filter((m) => m.headers.ce_subject === subject);
  /** who acted, as the headers carry it (binary mode: a header value is percent-encoded) */
  const actorOf = (m: RecordedMessage) => ({
    id: m.headers.ce_actorid,
    name: m.headers.ce_actorname === undefined ? undefined : decodeURIComponent(m.headers.ce_actorname),
  });
  const line = (name: string) => ({
    kind: 'individual',
    name,
    unit: 'Sở Y tế tỉnh Kiểm Thử',
    awardType: 'BANG_KHEN_CHU_TICH_UBND_TINH',
  });

  it('answers 401 problem+json without a token, and 403 to a role not allowed (nothing recorded)', async () => {
    const anonymous = httpClient(svc.url, { as: null });
    for (const res of [
      await anonymous.get('/decisions'),
      await anonymous.get('/award-types'),
      await anonymous.post('/decisions', { ...provincialDecision(1), recipients: [line('Lò Văn Ẩn')] }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }

    const before = await count('decisions');
    const press = httpClient(svc.url, { as: 'test-press-officer' });
    const refused = await press.post('/decisions', { ...provincialDecision(2), recipients: [line('Lò Văn Ẩn')] });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await count('decisions')).toBe(before);
    expect((await press.get('/decisions')).status).toBe(403);
    expect((await press.post('/award-types', {})).status).toBe(403);
    // the catalog is read by every signed-in role
    expect((await press.get('/award-types?pageSize=1')).status).toBe(200);
    expect((await httpClient(svc.url, { as: 'test-organizer' }).get('/award-types/HC_SAO_VANG')).status).toBe(200);
    // the secretariat alone (beside admin) keeps decisions
    const secretariat = httpClient(svc.url, { as: 'test-secretariat' });
    const ok = await secretariat.post('/decisions', { ...provincialDecision(3), recipients: [line('Lò Văn Ẩn')] });
    expect(ok.status).toBe(201);
    expect(ok.body.tenant).toBe('province:kiem-thu');
  });

  it("keeps another province's decisions, awards, revocations and statistics out of sight", async () => {
    const created = await svc.http.post('/decisions', {
      ...provincialDecision(10, { date: '2031-03-01' }),
      recipients: [line('Hoàng Thị Bảo'), { ...line('Tổ y tế xã Lũng Cú'), kind: 'collective' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.tenant).toBe('province:kiem-thu');
    expect(created.body.createdBy).toEqual({ id: expect.any(String), name: 'Kiểm Thử' });

    // the events name the owner and who acted
    const issued = await waitFor(() => ofSubject('awards.decision-issued.v1', id)[0], { what: 'decision-issued' });
    expect(issued.headers.ce_tenant).toBe('province:kiem-thu');
    expect(actorOf(issued)).toEqual({ id: created.body.createdBy.id, name: 'Kiểm Thử' });
    const awards = (await svc.http.get(`/decisions/${id}/awards`)).body.items as { id: string }[];
    expect(awards).toHaveLength(2);
    const conferred = await waitFor(() => ofSubject('awards.award-conferred.v1', awards[0]!.id)[0]);
    expect(conferred.headers.ce_tenant).toBe('province:kiem-thu');

    // the outsider (province:ngoai-tinh, every role but admin) sees none of it
    const list = await outsider.get('/decisions?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).not.toContain(id);
    for (const path of [`/decisions/${id}`, `/decisions/${id}/awards`]) {
      const res = await outsider.get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await outsider.get(`/awards?decisionId=${id}`)).body.total).toBe(0);
    expect((await outsider.get('/statistics/awards?year=2031')).body.items).toEqual([]);
    expect((await svc.http.get('/statistics/awards?year=2031')).body.totals).toMatchObject({
      individuals: 1,
      collectives: 1,
    });

    // a revocation of the runner's award by the outsider: unknown to them, as a missing award is
    const revokeBody = {
      number: '11/QĐ-UBND',
      date: '2031-06-01',
      authority: 'Chủ tịch UBND tỉnh Ngoài Tỉnh',
      signer: { name: 'Người Ngoài', titles: ['Chủ tịch'] },
      reason: 'Kê khai không trung thực',
      awardIds: [awards[0]!.id],
    };
    const decisionsBefore = await count('decisions');
    const foreign = await outsider.post('/revocations', revokeBody);
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({ field: 'awardIds[0]', code: 'unknownAward' });
    expect(await count('decisions')).toBe(decisionsBefore);
    expect((await svc.http.get(`/awards?decisionId=${id}&status=revoked`)).body.total).toBe(0);

    // naming a tenant one does not belong to is refused
    const claimed = await outsider.post('/decisions', {
      ...provincialDecision(12),
      tenant: 'province:kiem-thu',
      recipients: [line('Đinh Văn Cường')],
    });
    expect(claimed.status).toBe(403);
    // the same number of the same authority: a conflict, without naming the other tenant's decision
    const twin = await outsider.post('/decisions', {
      ...provincialDecision(10, { date: '2031-03-01' }),
      recipients: [line('Đinh Văn Cường')],
    });
    expect(twin.status).toBe(409);
    expect(JSON.stringify(twin.body)).not.toContain(id);
    expect(await count('decisions')).toBe(decisionsBefore);

    // the runner revokes it: the person is recorded from the token, the event names the owner
    const revoked = await svc.http.post('/revocations', {
      ...revokeBody,
      number: '13/QĐ-UBND',
      authority: 'Chủ tịch UBND tỉnh Kiểm Thử',
    });
    expect(revoked.status).toBe(201);
    expect(revoked.body.decision.revokedBy).toEqual({ id: created.body.createdBy.id, name: 'Kiểm Thử' });
    const marked = (await svc.http.get(`/awards?decisionId=${id}&status=revoked`)).body.items[0];
    expect(marked.revocation).toMatchObject({
      decisionId: revoked.body.decision.id,
      by: { id: created.body.createdBy.id, name: 'Kiểm Thử' },
    });
    const revokedEvent = await waitFor(() => ofSubject('awards.award-revoked.v1', awards[0]!.id)[0]);
    expect(revokedEvent.headers.ce_tenant).toBe('province:kiem-thu');
    expect(actorOf(revokedEvent).name).toBe('Kiểm Thử');
    // no event for the outsider's attempt: one award-revoked, the runner's
    expect(ofSubject('awards.award-revoked.v1', awards[0]!.id)).toHaveLength(1);

    // admin sees every tenant's decisions
    const admin = await svc.http.get(`/decisions/${id}`, await bearer('test-admin'));
    expect(admin.status).toBe(200);
  });

  it("keeps another tenant's proposals out of sight and unchanged; a confirmation records who decided", async () => {
    const leader = '00000000-0000-4000-8000-000000000011';
    const data: CovenantEvaluatedData = {
      covenantId: randomUUID(),
      clusterName: 'Cụm thi đua kiểm thử',
      year: 2031,
      evaluatedAt: '2031-12-20T03:00:00.000Z',
      ranking: [{ rank: 1, partyId: leader, unitName: 'Sở Công Thương', score: 97 }],
      leadingUnit: { partyId: leader, unitName: 'Sở Công Thương' },
    };
    const event = { ...foreignEvent(CovenantEvaluated, data.covenantId, data), tenant: 'province:kiem-thu' };
    await publish(producer, svc.covenantTopic, event);
    const proposal = await waitFor(
      async () =>
        (await svc.http.get('/proposals?pageSize=100')).body.items.find(
          (p: { covenantId: string }) => p.covenantId === data.covenantId,
        ),
      { what: 'the proposal' },
    );
    expect(proposal.tenant).toBe('province:kiem-thu');

    const listed = await outsider.get('/proposals?pageSize=100');
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(proposal.id);
    expect((await outsider.get(`/proposals/${proposal.id}`)).status).toBe(404);
    const decisionsBefore = await count('decisions');
    const issuedBefore = recorder.ofType('awards.decision-issued.v1').length;
    const confirm = await outsider.post(
      `/proposals/${proposal.id}/confirm`,
      provincialDecision(20, { date: '2032-01-10' }),
    );
    expect(confirm.status).toBe(404);
    const reject = await outsider.post(`/proposals/${proposal.id}/reject`, { reason: 'không phải của tôi' });
    expect(reject.status).toBe(404);
    expect((await svc.http.get(`/proposals/${proposal.id}`)).body).toMatchObject({
      status: 'pending',
      decidedBy: null,
    });
    expect(await count('decisions')).toBe(decisionsBefore);

    const confirmed = await svc.http.post(
      `/proposals/${proposal.id}/confirm`,
      provincialDecision(21, { date: '2032-01-10' }),
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.proposal.decidedBy).toEqual({ id: expect.any(String), name: 'Kiểm Thử' });
    await waitFor(() => ofSubject('awards.decision-issued.v1', confirmed.body.decision.id)[0]);
    // only the runner's confirmation issued a decision
    expect(recorder.ofType('awards.decision-issued.v1').length).toBe(issuedBefore + 1);
  });

  it("keeps a province's local award type its own", async () => {
    const type = {
      code: `HUY_HIEU_KT_${randomUUID().slice(0, 8).toUpperCase()}`,
      name: 'Huy hiệu Vì sự nghiệp tỉnh Kiểm Thử',
      family: 'award-form',
      conferringAuthority: 'Chủ tịch UBND tỉnh',
      recipientKinds: ['individual'],
      rank: 550,
      legalBasis: 'Nghị quyết số 1/2031/NQ-HĐND',
      validFrom: '2031-01-01',
      organization: 'UBND tỉnh Kiểm Thử',
    };
    const added = await svc.http.post('/award-types', type);
    expect(added.status).toBe(201);
    expect(added.body.tenant).toBe('province:kiem-thu');
    // another province may neither add a version of it nor use it in its decisions
    const version = await outsider.post('/award-types', { ...type, validFrom: '2040-01-01' });
    expect(version.status).toBe(409);
    const used = await outsider.post('/decisions', {
      ...provincialDecision(30, { date: '2031-05-01', authority: 'Chủ tịch UBND tỉnh Ngoài Tỉnh' }),
      recipients: [{ ...line('Lý Thị Dung'), awardType: type.code }],
    });
    expect(used.status).toBe(422);
    // nor a version of the law's catalog, managed by the administrators
    const law = await outsider.post('/award-types', { ...type, code: 'HC_SAO_VANG', validFrom: '2090-01-01' });
    expect(law.status).toBe(409);
  });
});
