import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TopicRecorder, bearer, waitFor } from '@tdkt/testing';
import { chairOf, createCluster, hàGiangCovenant, startCovenants } from './covenants-app.harness';

describe('covenants service (HTTP, real PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startCovenants>>;
  let recorder: TopicRecorder;
  let clusterId: string;
  let covenantBody: typeof hàGiangCovenant & { clusterId: string };

  beforeAll(async () => {
    svc = await startCovenants('covenants');
    recorder = await TopicRecorder.start([svc.topic]);
    clusterId = await createCluster(svc.http);
    covenantBody = { ...hàGiangCovenant, clusterId };
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  const draft = async (body: object = covenantBody) => {
    const res = await svc.http.post('/covenants', body);
    expect(res.status).toBe(201);
    return res.body;
  };

  it('drafts a covenant and announces it on the covenant topic', async () => {
    const c = await draft();
    expect(c.parties.map((p: { unitName: string; order: number }) => [p.order, p.unitName])).toEqual([
      [1, 'Tỉnh Hà Giang'],
      [2, 'Tỉnh Cao Bằng'],
      [3, 'Tỉnh Lào Cai'],
    ]);
    expect(c.progress).toMatchObject({
      signed: 0,
      total: 3,
      unsigned: ['Tỉnh Hà Giang', 'Tỉnh Cao Bằng', 'Tỉnh Lào Cai'],
    });
    const created = await waitFor(() => recorder.ofType('covenants.covenant-created.v1').find((m) => m.key === c.id));
    expect(JSON.parse(created.value!)).toMatchObject({
      covenantId: c.id,
      year: 2024,
      targets: hàGiangCovenant.targets.map(({ weight: _w, ...t }) => t),
    });
  });

  it('records every signature; the last one makes it fully signed and emits covenant-signed once', async () => {
    const c = await draft();
    const [first, second, third] = c.parties;
    const sign = (party: { id: string; unitName: string }) =>
      svc.http.post(`/covenants/${c.id}/signatures`, {
        partyId: party.id,
        signatory: chairOf(party.unitName),
        place: 'Hội trường UBND tỉnh Hà Giang',
      });
    expect((await sign(first)).body.completed).toBe(false);
    expect((await sign(third)).body.completed).toBe(false);
    const last = await sign(second);
    expect(last.status).toBe(201);
    expect(last.body.completed).toBe(true);
    expect(last.body.covenant.status).toBe('fully_signed');

    const signed = await waitFor(() => recorder.ofType('covenants.covenant-signed.v1').find((m) => m.key === c.id));
    const data = JSON.parse(signed.value!);
    expect(
      data.parties.map((p: { unitName: string; signatory: { name: string } }) => [p.unitName, p.signatory.name]),
    ).toEqual([
      ['Tỉnh Hà Giang', 'Chủ tịch Tỉnh Hà Giang'],
      ['Tỉnh Cao Bằng', 'Chủ tịch Tỉnh Cao Bằng'],
      ['Tỉnh Lào Cai', 'Chủ tịch Tỉnh Lào Cai'],
    ]);
    await waitFor(() => recorder.ofType('covenants.signature-recorded.v1').filter((m) => m.key === c.id).length === 3);
    // events of one covenant keep their order: three signatures, then covenant-signed
    const types = recorder.messages.filter((m) => m.key === c.id).map((m) => m.headers.ce_type);
    expect(types).toEqual([
      'covenants.covenant-created.v1',
      'covenants.signature-recorded.v1',
      'covenants.signature-recorded.v1',
      'covenants.signature-recorded.v1',
      'covenants.covenant-signed.v1',
    ]);
  });

  it('never loses a signature when every party signs at the same moment', async () => {
    const parties = Array.from({ length: 12 }, (_, i) => ({ unitName: `Tỉnh số ${i + 1}` }));
    const twelve = await createCluster(svc.http, { members: parties.map((p) => ({ ...p, joinedOn: '2020-01-01' })) });
    const c = await draft({ ...hàGiangCovenant, clusterId: twelve, parties });
    const results = await Promise.all(
      c.parties.map((p: { id: string; unitName: string }) =>
        svc.http.post(`/covenants/${c.id}/signatures`, { partyId: p.id, signatory: chairOf(p.unitName) }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(results.filter((r) => r.body.completed)).toHaveLength(1);
    const read = await svc.http.get(`/covenants/${c.id}`);
    expect(read.body.progress).toMatchObject({ signed: 12, total: 12, unsigned: [] });
    await waitFor(() => recorder.ofType('covenants.signature-recorded.v1').filter((m) => m.key === c.id).length === 12);
    await new Promise((r) => setTimeout(r, 300));
    expect(recorder.ofType('covenants.covenant-signed.v1').filter((m) => m.key === c.id)).toHaveLength(1);
  });

  it('answers 409 when a party signs twice, and keeps the first signature', async () => {
    const c = await draft();
    const body = { partyId: c.parties[0].id, signatory: chairOf('Tỉnh Hà Giang') };
    expect((await svc.http.post(`/covenants/${c.id}/signatures`, body)).status).toBe(201);
    const again = await svc.http.post(`/covenants/${c.id}/signatures`, {
      ...body,
      signatory: { name: 'Người khác', titles: [] },
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body.title).toBe('Đơn vị đã ký');
    expect(again.body.en.title).toBe('Party already signed');
    const read = await svc.http.get(`/covenants/${c.id}`);
    expect(read.body.parties[0].signature.signatory.name).toBe('Chủ tịch Tỉnh Hà Giang');
  });

  it('answers 422 for a signature from someone who is not a party', async () => {
    const c = await draft();
    const res = await svc.http.post(`/covenants/${c.id}/signatures`, {
      partyId: randomUUID(),
      signatory: chairOf('Tỉnh Lạ'),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'partyId' })]);
  });

  it('answers 404 for an unknown covenant, in Vietnamese or in English', async () => {
    const id = randomUUID();
    const vi = await svc.http.get(`/covenants/${id}`);
    expect(vi.status).toBe(404);
    expect(vi.body.title).toBe('Không tìm thấy giao ước');
    const en = await svc.http.get(`/covenants/${id}`, { 'accept-language': 'en' });
    expect(en.body.title).toBe('Covenant not found');
    const sign = await svc.http.post(`/covenants/${id}/signatures`, { partyId: randomUUID(), signatory: chairOf('X') });
    expect(sign.status).toBe(404);
  });

  it('answers 400 with every field error for unknown or missing fields, and stores nothing', async () => {
    const before = (await svc.http.get('/covenants?pageSize=100')).body.total;
    const res = await svc.http.post('/covenants', {
      title: 'Giao ước',
      year: 'năm nay',
      parties: [{ unitName: '' }, { unitName: 'B', extra: 1 }],
      targets: [{ name: 'GRDP' }],
      owner: 'x',
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'clusterId',
        'year',
        'parties[0].unitName',
        'parties[1].extra',
        'targets[0].unit',
        'targets[0].targetValue',
        'owner',
      ]),
    );
    expect(res.body.errors.every((e: { vi: string; en: string }) => e.vi && e.en)).toBe(true);
    expect((await svc.http.get('/covenants?pageSize=100')).body.total).toBe(before);
  });

  it('refuses a covenant listing the same unit twice', async () => {
    const res = await svc.http.post('/covenants', {
      ...covenantBody,
      parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'tỉnh hà giang' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('parties');
  });

  it('lists covenants with pagination and filters', async () => {
    const page = await svc.http.get('/covenants?year=2024&status=fully_signed&page=1&pageSize=2');
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(2);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    expect(page.body.items.every((c: { status: string }) => c.status === 'fully_signed')).toBe(true);
    expect((await svc.http.get('/covenants?pageSize=1000')).status).toBe(400);
  });

  it('is live, ready, measured and documented', async () => {
    expect((await svc.http.get('/health/live')).status).toBe(200);
    const ready = await svc.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.details ?? ready.body.info)).toEqual(expect.arrayContaining(['database', 'kafka']));
    const metrics = await svc.http.get('/metrics');
    expect(metrics.body).toContain('http_request_duration_seconds');
    expect(metrics.body).toContain('messaging_outbox_published_total');
    const docs = await svc.http.get('/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/covenants', '/covenants/{id}', '/covenants/{id}/signatures']),
    );
  });

  it('creates once for a retried request with the same Idempotency-Key', async () => {
    const key = `create-${randomUUID()}`;
    const first = await svc.http.post('/covenants', covenantBody, { 'idempotency-key': key });
    const retry = await svc.http.post('/covenants', covenantBody, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const other = await svc.http.post('/covenants', { ...covenantBody, year: 2025 }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    await new Promise((r) => setTimeout(r, 300));
    expect(recorder.ofType('covenants.covenant-created.v1').filter((m) => m.key === first.body.id)).toHaveLength(1);
  });

  it('keeps a stored answer per caller and for a day: another caller, or a day later, runs anew', async () => {
    const key = `day-${randomUUID()}`;
    const first = await svc.http.post('/covenants', covenantBody, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    // another person of the same organization with the same key gets their own covenant, not the stored answer
    const reviewer = await svc.http.post('/covenants', covenantBody, {
      'idempotency-key': key,
      ...(await bearer('test-reviewer')),
    });
    expect(reviewer.status).toBe(201);
    expect(reviewer.body.id).not.toBe(first.body.id);
    expect(reviewer.headers.get('idempotent-replayed')).toBeNull();
    // 25 hours on, the key is free again and the old rows are cleared away
    const db = new Client({ ...svc.db });
    await db.connect();
    try {
      await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
      const later = await svc.http.post('/covenants', covenantBody, { 'idempotency-key': key });
      expect(later.status).toBe(201);
      expect(later.body.id).not.toBe(first.body.id);
      expect(later.headers.get('idempotent-replayed')).toBeNull();
      const rows = await db.query(
        `SELECT created_at > now() - interval '1 hour' AS fresh FROM idempotency_keys WHERE key = $1`,
        [key],
      );
      expect(rows.rows.map((r) => r.fresh)).toEqual([true]);
    } finally {
      await db.end();
    }
  });

  it('frees the key of a refused request, so the corrected retry goes through', async () => {
    const c = await draft();
    const key = `sign-${randomUUID()}`;
    const wrong = await svc.http.post(
      `/covenants/${c.id}/signatures`,
      { partyId: randomUUID(), signatory: chairOf('X') },
      { 'idempotency-key': key },
    );
    expect(wrong.status).toBe(422);
    const body = { partyId: c.parties[0].id, signatory: chairOf('Tỉnh Hà Giang') };
    const again = await svc.http.post(`/covenants/${c.id}/signatures`, body, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    const replay = await svc.http.post(`/covenants/${c.id}/signatures`, body, { 'idempotency-key': key });
    expect(replay.status).toBe(201);
    expect(replay.body.covenant.progress.signed).toBe(1);
  });
});
