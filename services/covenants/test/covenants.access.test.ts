import { DataSource } from 'typeorm';
import { httpClient, TopicRecorder, waitFor, type RecordedMessage } from '@tdkt/testing';
import { chairOf, createCluster, hàGiangCovenant, startCovenants } from './covenants-app.harness';

/**
 * Roles and tenancy (issue 11): a cluster lead acts on its own cluster's members, heads,
 * covenants, targets, signatures and results only; another tenant's cluster or covenant answers
 * 404 and stays as it was, with no event. Events name the owning tenant and who acted.
 */
describe('covenants: roles and tenancy (real identity provider, PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startCovenants>>;
  let recorder: TopicRecorder;
  let outsider: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    svc = await startCovenants('covenants_access');
    recorder = await TopicRecorder.start([svc.topic]);
    outsider = httpClient(svc.url, { as: 'test-outsider' });
  });

  // optional chaining: a failed beforeAll (the identity provider refused a login) is reported as itself
  afterAll(async () => {
    await recorder?.stop();
    await svc?.stop();
  });

  const count = async (table: string): Promise<number> =>
    (await svc.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const ofKey = (type: string, key: string): RecordedMessage[] => recorder.ofType(type).filter((m) => m.key === key);
  /** binary mode: a header value is percent-encoded */
  const actorName = (m: RecordedMessage) => decodeURIComponent(m.headers.ce_actorname ?? '');

  it('answers 401 problem+json without a token, and 403 to a role not allowed (nothing recorded)', async () => {
    const anonymous = httpClient(svc.url, { as: null });
    for (const res of [await anonymous.get('/clusters'), await anonymous.post('/clusters', {})]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const before = await count('clusters');
    const cluster = { name: 'Cụm thi đua thử quyền', kind: 'cum', organizingBody: 'UBND tỉnh Kiểm Thử' };
    for (const user of ['test-press-officer', 'test-secretariat', 'test-organizer'] as const) {
      const res = await httpClient(svc.url, { as: user }).post('/clusters', cluster);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await count('clusters')).toBe(before);
    expect((await httpClient(svc.url, { as: 'test-press-officer' }).get('/covenants')).status).toBe(403);
    // the organizer reads what the ceremony needs, and nothing it does not
    const organizer = httpClient(svc.url, { as: 'test-organizer' });
    expect((await organizer.get('/clusters')).status).toBe(200);
    expect((await organizer.get('/units/history?unitName=T%E1%BB%89nh%20H%C3%A0%20Giang')).status).toBe(403);
    const lead = await httpClient(svc.url, { as: 'test-cluster-lead' }).post('/clusters', cluster);
    expect(lead.status).toBe(201);
    expect(lead.body.tenant).toBe('province:kiem-thu');
  });

  it("keeps another tenant's clusters and covenants out of sight and unchanged, with no event", async () => {
    const clusterId = await createCluster(svc.http);
    const cluster = (await svc.http.get(`/clusters/${clusterId}`)).body;
    expect(cluster.tenant).toBe('province:kiem-thu');
    const drafted = await svc.http.post('/covenants', { ...hàGiangCovenant, clusterId });
    expect(drafted.status).toBe(201);
    const covenant = drafted.body;
    expect(covenant.tenant).toBe('province:kiem-thu');
    const created = await waitFor(() => ofKey('covenants.covenant-created.v1', covenant.id)[0]);
    expect(created.headers.ce_tenant).toBe('province:kiem-thu');
    expect(created.headers.ce_actorid).toEqual(expect.any(String));
    expect(actorName(created)).toBe('Kiểm Thử');

    // lists leave them out
    const clusters = await outsider.get('/clusters?pageSize=100');
    expect(clusters.status).toBe(200);
    expect(clusters.body.items.map((c: { id: string }) => c.id)).not.toContain(clusterId);
    const covenants = await outsider.get('/covenants?pageSize=100');
    expect(covenants.body.items.map((c: { id: string }) => c.id)).not.toContain(covenant.id);
    const history = await outsider.get(`/units/history?unitName=${encodeURIComponent('Tỉnh Hà Giang')}`);
    expect(history.body.memberships).toEqual([]);
    expect(history.body.covenants.total).toBe(0);

    // reads answer 404, as for a missing record
    for (const path of [
      `/clusters/${clusterId}`,
      `/clusters/${clusterId}/members`,
      `/clusters/${clusterId}/leadership`,
      `/covenants/${covenant.id}`,
      `/covenants/${covenant.id}/progress`,
      `/covenants/${covenant.id}/versions`,
      `/covenants/${covenant.id}/results?period=year-end`,
      `/covenants/${covenant.id}/evaluation`,
    ]) {
      const res = await outsider.get(path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }

    // writes answer 404 and change nothing
    const rows = async () => ({
      clusters: await count('clusters'),
      memberships: await count('cluster_memberships'),
      leaderships: await count('cluster_leaderships'),
      covenants: await count('covenants'),
      targets: await count('covenant_targets'),
      signatures: await count('covenant_signatures'),
      results: await count('covenant_results'),
    });
    const before = await rows();
    const eventsBefore = recorder.messages.length;
    const party = covenant.parties[0];
    const writes = [
      await outsider.post(`/clusters/${clusterId}/members`, { unitName: 'Tỉnh Ngoài', joinedOn: '2024-01-01' }),
      await outsider.post(`/clusters/${clusterId}/leadership`, {
        year: 2024,
        role: 'head',
        unitName: 'Tỉnh Hà Giang',
      }),
      await outsider.post(`/clusters/${clusterId}/handovers`, { year: 2024, handedOverOn: '2024-12-20' }),
      await outsider.post('/covenants', { ...hàGiangCovenant, clusterId }),
      await outsider.put(`/covenants/${covenant.id}/targets`, { targets: hàGiangCovenant.targets }),
      await outsider.put(`/covenants/${covenant.id}/parties`, { parties: hàGiangCovenant.parties }),
      await outsider.post(`/covenants/${covenant.id}/signatures`, {
        partyId: party.id,
        signatory: chairOf(party.unitName),
      }),
      await outsider.post(`/covenants/${covenant.id}/cancellation`, { reason: 'không phải của tôi' }),
      await outsider.post(`/covenants/${covenant.id}/results`, {
        period: 'mid-year',
        partyId: party.id,
        values: [{ targetId: covenant.targets[0].id, actual: 1 }],
      }),
      await outsider.post(`/covenants/${covenant.id}/evaluation`, {}),
    ];
    expect(writes.map((w) => w.status)).toEqual(writes.map(() => 404));
    expect(await rows()).toEqual(before);
    expect((await svc.http.get(`/covenants/${covenant.id}`)).body).toMatchObject({ status: 'drafted' });
    // nothing on the wire after them (the relay publishes within a moment of commit)
    await new Promise((r) => setTimeout(r, 1000));
    expect(recorder.messages.length).toBe(eventsBefore);

    // the runner's signature: recorded by the signed-in user, the event names the owner
    const signed = await svc.http.post(`/covenants/${covenant.id}/signatures`, {
      partyId: party.id,
      signatory: chairOf(party.unitName),
    });
    expect(signed.status).toBe(201);
    const sig = signed.body.covenant.parties[0].signature;
    expect(sig.recordedBy).toEqual({ id: created.headers.ce_actorid, name: 'Kiểm Thử' });
    const recorded = await waitFor(() => ofKey('covenants.signature-recorded.v1', covenant.id)[0]);
    expect(recorded.headers.ce_tenant).toBe('province:kiem-thu');
    expect(actorName(recorded)).toBe('Kiểm Thử');
  });

  it("a cluster owned by a cluster organization is its lead's, not another organization's", async () => {
    // the admin sets it up for the cluster's own organization
    const admin = httpClient(svc.url, { as: 'test-admin' });
    const clusterId = await createCluster(admin, { tenant: 'cluster:bien-gioi-phia-bac' });
    const lead = httpClient(svc.url, { as: 'cum.truong' });
    const mine = await lead.get(`/clusters/${clusterId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.tenant).toBe('cluster:bien-gioi-phia-bac');
    const drafted = await lead.post('/covenants', { ...hàGiangCovenant, clusterId });
    expect(drafted.status).toBe(201);
    expect(drafted.body.tenant).toBe('cluster:bien-gioi-phia-bac');
    const created = await waitFor(() => ofKey('covenants.covenant-created.v1', drafted.body.id)[0]);
    expect(created.headers.ce_tenant).toBe('cluster:bien-gioi-phia-bac');
    // a cluster lead of another organization does not see it
    const other = httpClient(svc.url, { as: 'test-cluster-lead' });
    expect((await other.get(`/clusters/${clusterId}`)).status).toBe(404);
    expect((await other.get(`/covenants/${drafted.body.id}`)).status).toBe(404);
    // nor may anyone name an organization they do not belong to
    const claimed = await other.post('/clusters', {
      name: 'Cụm mạo danh',
      kind: 'cum',
      organizingBody: 'Không ai',
      tenant: 'cluster:bien-gioi-phia-bac',
    });
    expect(claimed.status).toBe(403);
  });
});
