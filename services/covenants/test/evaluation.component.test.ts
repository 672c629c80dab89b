import { randomUUID } from 'node:crypto';
import { TopicRecorder, waitFor } from '@tdkt/testing';
import { createCluster, signAll, startCovenants, wireData } from './covenants-app.harness';

const targets = [
  { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5, weight: 50 },
  { name: 'Tỷ lệ hộ nghèo', unit: '%', targetValue: 4.4, direction: 'lower', weight: 30 },
  { name: 'Thu ngân sách', unit: 'tỷ đồng', targetValue: 2000, weight: 20 },
];

describe('results, scoring and ranking (HTTP, real PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startCovenants>>;
  let recorder: TopicRecorder;
  let clusterId: string;

  beforeAll(async () => {
    svc = await startCovenants('evaluation');
    recorder = await TopicRecorder.start([svc.topic]);
    clusterId = await createCluster(svc.http);
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  /** A signed 2024 covenant of four provinces; `ids` maps unit → party id and target name → target id. */
  const signedCovenant = async () => {
    const parties = ['Tỉnh Hà Giang', 'Tỉnh Cao Bằng', 'Tỉnh Lào Cai', 'Tỉnh Điện Biên'].map((unitName) => ({
      unitName,
    }));
    const c = (
      await svc.http.post('/covenants', { title: 'Giao ước thi đua năm 2024', clusterId, year: 2024, parties, targets })
    ).body;
    await signAll(svc.http, c);
    const party = Object.fromEntries(c.parties.map((p: { unitName: string; id: string }) => [p.unitName, p.id]));
    const target = Object.fromEntries(c.targets.map((t: { name: string; id: string }) => [t.name, t.id]));
    const report = (unit: string, values: Record<string, number>, period = 'year-end') =>
      svc.http.post(`/covenants/${c.id}/results`, {
        period,
        partyId: party[unit],
        values: Object.entries(values).map(([name, actual]) => ({ targetId: target[name], actual })),
      });
    return { c, party, target, report };
  };

  it('scores from weights and attainment, ranks with ties, and announces the leading unit', async () => {
    const { c, party, report } = await signedCovenant();
    expect(
      (await report('Tỉnh Hà Giang', { 'Tăng trưởng GRDP': 9, 'Tỷ lệ hộ nghèo': 3.5, 'Thu ngân sách': 2500 })).status,
    ).toBe(200);
    // lower is better: 5,5% poor households against 4,4% costs Cao Bằng
    await report('Tỉnh Cao Bằng', { 'Tăng trưởng GRDP': 7.5, 'Tỷ lệ hộ nghèo': 5.5, 'Thu ngân sách': 2000 });
    await report('Tỉnh Lào Cai', { 'Tăng trưởng GRDP': 7.5, 'Tỷ lệ hộ nghèo': 5.5, 'Thu ngân sách': 2000 });
    // Điện Biên reports only GRDP: the missing targets score 0
    await report('Tỉnh Điện Biên', { 'Tăng trưởng GRDP': 8 });
    const mid = await report('Tỉnh Điện Biên', { 'Tăng trưởng GRDP': 3.9 }, 'mid-year');
    expect(mid.body.members.find((m: { unitName: string }) => m.unitName === 'Tỉnh Điện Biên').results).toHaveLength(1);

    const provisional = await svc.http.get(`/covenants/${c.id}/results`);
    expect(provisional.body.members.find((m: { unitName: string }) => m.unitName === 'Tỉnh Điện Biên').missing).toEqual(
      ['Tỷ lệ hộ nghèo', 'Thu ngân sách'],
    );

    const res = await svc.http.post(`/covenants/${c.id}/evaluation`, {});
    expect(res.status).toBe(201);
    expect(
      res.body.ranking.map((r: { rank: number; unitName: string; score: number }) => [r.rank, r.unitName, r.score]),
    ).toEqual([
      [1, 'Tỉnh Hà Giang', 100],
      [2, 'Tỉnh Cao Bằng', 78.33],
      [2, 'Tỉnh Lào Cai', 78.33],
      [4, 'Tỉnh Điện Biên', 44.44],
    ]);
    expect(res.body.leadingUnit).toEqual({ partyId: party['Tỉnh Hà Giang'], unitName: 'Tỉnh Hà Giang' });

    const [evaluated] = await waitFor(() => {
      const d = wireData(recorder, 'covenants.covenant-evaluated.v1', c.id);
      return d.length ? d : undefined;
    });
    expect(evaluated).toMatchObject({ covenantId: c.id, year: 2024, leadingUnit: { unitName: 'Tỉnh Hà Giang' } });
    expect(evaluated.ranking).toHaveLength(4);

    expect((await svc.http.get(`/covenants/${c.id}`)).body.status).toBe('evaluated');
    expect((await svc.http.get(`/covenants/${c.id}/evaluation`)).body.leadingUnit.unitName).toBe('Tỉnh Hà Giang');
    expect((await svc.http.post(`/covenants/${c.id}/evaluation`, {})).status).toBe(409);
    expect((await report('Tỉnh Hà Giang', { 'Tăng trưởng GRDP': 1 })).status).toBe(409);
  });

  it('asks the cluster to choose the leading unit when the first rank is shared', async () => {
    const { c, party, report } = await signedCovenant();
    for (const unit of ['Tỉnh Lào Cai', 'Tỉnh Cao Bằng'])
      await report(unit, { 'Tăng trưởng GRDP': 9, 'Tỷ lệ hộ nghèo': 3, 'Thu ngân sách': 2400 });
    const tied = await svc.http.post(`/covenants/${c.id}/evaluation`, {});
    expect(tied.status).toBe(422);
    expect(tied.body.errors[0].field).toBe('leadingPartyId');
    expect(tied.body.detail).toBe(
      'Tỉnh Cao Bằng, Tỉnh Lào Cai cùng dẫn đầu với 100 điểm; hãy chọn đơn vị dẫn đầu (leadingPartyId) theo kết quả bình xét của cụm',
    );
    expect(
      (await svc.http.post(`/covenants/${c.id}/evaluation`, { leadingPartyId: party['Tỉnh Hà Giang'] })).status,
    ).toBe(422);
    const chosen = await svc.http.post(`/covenants/${c.id}/evaluation`, { leadingPartyId: party['Tỉnh Lào Cai'] });
    expect(chosen.status).toBe(201);
    expect(
      chosen.body.ranking.slice(0, 2).map((r: { rank: number; unitName: string }) => [r.rank, r.unitName]),
    ).toEqual([
      [1, 'Tỉnh Cao Bằng'],
      [1, 'Tỉnh Lào Cai'],
    ]);
    expect(chosen.body.leadingUnit.unitName).toBe('Tỉnh Lào Cai');
  });

  it('answers 422 for a result for an unknown target, naming it, and 409 before the covenant is signed', async () => {
    const { c, party } = await signedCovenant();
    const res = await svc.http.post(`/covenants/${c.id}/results`, {
      period: 'year-end',
      partyId: party['Tỉnh Hà Giang'],
      values: [{ targetId: randomUUID(), actual: 1 }],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      field: 'values[0].targetId',
      code: 'unknownTarget',
      vi: expect.stringContaining('không thuộc giao ước này'),
    });
    const stranger = await svc.http.post(`/covenants/${c.id}/results`, {
      period: 'year-end',
      partyId: randomUUID(),
      values: [{ targetId: c.targets[0].id, actual: 1 }],
    });
    expect(stranger.status).toBe(422);
    const badPeriod = await svc.http.post(`/covenants/${c.id}/results`, {
      period: 'quý 3',
      partyId: party['Tỉnh Hà Giang'],
      values: [],
    });
    expect(badPeriod.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['period', 'values']),
    );
    const draft = (await svc.http.post('/covenants', { title: 'Dự thảo', clusterId, year: 2025, targets })).body;
    const early = await svc.http.post(`/covenants/${draft.id}/results`, {
      period: 'mid-year',
      partyId: draft.parties[0].id,
      values: [{ targetId: draft.targets[0].id, actual: 1 }],
    });
    expect(early.status).toBe(409);
    const none = await svc.http.post(`/covenants/${c.id}/evaluation`, {});
    expect(none.status).toBe(422);
    expect(none.body.errors[0].code).toBe('noResults');
  });

  it("shows a member unit's history across years: memberships, leadership, covenants with rank", async () => {
    await svc.http.post(`/clusters/${clusterId}/leadership`, { year: 2024, role: 'head', unitName: 'Tỉnh Hà Giang' });
    const history = await svc.http.get(`/units/history?unitName=${encodeURIComponent('tỉnh hà giang')}&pageSize=2`);
    expect(history.status).toBe(200);
    expect(history.body.memberships[0]).toMatchObject({ clusterId, joinedOn: '2008-01-01', leftOn: null });
    expect(history.body.leadership).toEqual([expect.objectContaining({ year: 2024, title: 'Cụm trưởng' })]);
    expect(history.body.covenants.total).toBeGreaterThanOrEqual(3);
    expect(history.body.covenants.items).toHaveLength(2);
    const all = (await svc.http.get(`/units/history?unitName=${encodeURIComponent('Tỉnh Hà Giang')}&pageSize=100`)).body
      .covenants.items;
    expect(all).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2024, signed: true, rank: 1, score: 100, leadingUnit: true }),
      ]),
    );
    expect((await svc.http.get('/units/history')).status).toBe(400);
    expect(
      (await svc.http.get(`/units/history?unitName=${encodeURIComponent('Tỉnh Hà Giang')}&page=1e21`)).status,
    ).toBe(400);
  });
});
