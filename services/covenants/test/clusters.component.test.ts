import { randomUUID } from 'node:crypto';
import { ClusterChanged, type ClusterChangedData } from '@tdkt/contracts';
import { TopicRecorder, waitFor } from '@tdkt/testing';
import { borderCluster, startCovenants } from './covenants-app.harness';

describe('clusters and blocs (HTTP, real PostgreSQL)', () => {
  let svc: Awaited<ReturnType<typeof startCovenants>>;
  let cluster: { id: string };

  beforeAll(async () => {
    svc = await startCovenants('clusters');
    const res = await svc.http.post('/clusters', borderCluster);
    expect(res.status).toBe(201);
    cluster = res.body;
  });

  afterAll(() => svc.stop());

  const memberNames = async (on: string) =>
    (await svc.http.get(`/clusters/${cluster.id}/members?on=${on}&pageSize=100`)).body.items.map(
      (m: { unitName: string }) => m.unitName,
    );

  it('creates a cluster of any organisation with its members, in Vietnamese alphabetical order', async () => {
    const read = await svc.http.get(`/clusters/${cluster.id}`);
    expect(read.body).toMatchObject({
      name: borderCluster.name,
      kind: 'cum',
      organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
    });
    expect(read.body.membersToday).toEqual([
      'Tỉnh Cao Bằng',
      'Tỉnh Điện Biên',
      'Tỉnh Hà Giang',
      'Tỉnh Lai Châu',
      'Tỉnh Lạng Sơn',
      'Tỉnh Lào Cai',
      'Tỉnh Quảng Ninh',
    ]);
    const bloc = await svc.http.post('/clusters', {
      name: 'Khối thi đua các cơ quan Đảng, đoàn thể',
      kind: 'khoi',
      organizingBody: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La',
      members: [],
    });
    expect(bloc.status).toBe(201);
    const blocs = await svc.http.get('/clusters?kind=khoi&organizingBody=Mặt trận&page=1&pageSize=5');
    expect(blocs.body).toMatchObject({ page: 1, pageSize: 5, total: 1 });
    expect(blocs.body.items[0].id).toBe(bloc.body.id);
  });

  it('represents the 2025 province merger by ending and starting memberships; history stays', async () => {
    const res = await svc.http.post(`/clusters/${cluster.id}/reorganizations`, {
      effectiveOn: '2025-07-01',
      reason: 'Sáp nhập tỉnh Hà Giang vào tỉnh Tuyên Quang (Nghị quyết số 202/2025/QH15)',
      leaving: ['Tỉnh Hà Giang'],
      joining: ['Tỉnh Tuyên Quang'],
    });
    expect(res.status).toBe(201);
    expect(await memberNames('2025-06-30')).toContain('Tỉnh Hà Giang');
    expect(await memberNames('2025-07-01')).not.toContain('Tỉnh Hà Giang');
    expect(await memberNames('2025-07-01')).toContain('Tỉnh Tuyên Quang');
    const history = await svc.http.get(`/clusters/${cluster.id}/members?pageSize=100`);
    expect(history.body.total).toBe(8);
    expect(history.body.items.find((m: { unitName: string }) => m.unitName === 'Tỉnh Hà Giang')).toMatchObject({
      joinedOn: '2008-01-01',
      leftOn: '2025-07-01',
      leftReason: expect.stringContaining('Sáp nhập'),
    });
  });

  it('lets a unit join and leave on dates, and refuses leaving before joining', async () => {
    const joined = await svc.http.post(`/clusters/${cluster.id}/members`, {
      unitName: 'Tỉnh Yên Bái',
      joinedOn: '2021-01-01',
    });
    expect(joined.status).toBe(201);
    const wrong = await svc.http.post(`/clusters/${cluster.id}/members/${joined.body.id}/departure`, {
      leftOn: '2020-01-01',
      reason: 'x',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'leftOn', vi: expect.stringContaining('sau ngày gia nhập') });
    const left = await svc.http.post(`/clusters/${cluster.id}/members/${joined.body.id}/departure`, {
      leftOn: '2025-07-01',
      reason: 'Sáp nhập vào tỉnh Lào Cai',
    });
    expect(left.status).toBe(201);
    expect(await memberNames('2024-06-01')).toContain('Tỉnh Yên Bái');
    expect(await memberNames('2025-07-02')).not.toContain('Tỉnh Yên Bái');
    const twice = await svc.http.post(`/clusters/${cluster.id}/members`, {
      unitName: 'tỉnh lào cai',
      joinedOn: '2024-01-01',
    });
    expect(twice.status).toBe(409);
  });

  it('records a head and a deputy per year, elected at a conference, and refuses two heads for one year', async () => {
    const conferenceId = randomUUID();
    const head = await svc.http.post(`/clusters/${cluster.id}/leadership`, {
      year: 2024,
      role: 'head',
      unitName: 'Tỉnh Hà Giang',
      electedOn: '2024-03-05',
      conferenceId,
    });
    expect(head.status).toBe(201);
    expect(head.body).toMatchObject({ title: 'Cụm trưởng', unitName: 'Tỉnh Hà Giang', conferenceId });
    const second = await svc.http.post(`/clusters/${cluster.id}/leadership`, {
      year: 2024,
      role: 'head',
      unitName: 'Tỉnh Cao Bằng',
    });
    expect(second.status).toBe(409);
    expect(second.body.detail).toBe(
      `${borderCluster.name} đã có Cụm trưởng năm 2024 (Tỉnh Hà Giang); mỗi năm chỉ có một Cụm trưởng`,
    );
    expect(second.body.errors[0].field).toBe('role');
    // both at once: the row lock lets one through
    const race = await Promise.all(
      ['Tỉnh Lai Châu', 'Tỉnh Điện Biên'].map((unitName) =>
        svc.http.post(`/clusters/${cluster.id}/leadership`, { year: 2026, role: 'head', unitName }),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    const stranger = await svc.http.post(
      `/clusters/${cluster.id}/leadership`,
      { year: 2024, role: 'deputy', unitName: 'Tỉnh Sơn La' },
      { 'accept-language': 'en' },
    );
    expect(stranger.status).toBe(422);
    expect(stranger.body.detail).toBe('Tỉnh Sơn La is not a member of the cluster in 2024');
    // Hà Giang left on 01/7/2025 but was a member in 2025: it may still be deputy that year
    expect(
      (
        await svc.http.post(`/clusters/${cluster.id}/leadership`, {
          year: 2025,
          role: 'deputy',
          unitName: 'Tỉnh Hà Giang',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await svc.http.post(`/clusters/${cluster.id}/leadership`, {
          year: 2026,
          role: 'deputy',
          unitName: 'Tỉnh Hà Giang',
        })
      ).status,
    ).toBe(422);
  });

  it('records the handover to the next head and keeps the history queryable', async () => {
    const early = await svc.http.post(`/clusters/${cluster.id}/handovers`, { year: 2024, handedOverOn: '2025-03-05' });
    expect(early.status).toBe(422);
    expect(early.body.vi.detail).toBe('Hãy bầu Cụm trưởng năm 2025 trước khi bàn giao');
    expect(
      (
        await svc.http.post(`/clusters/${cluster.id}/leadership`, {
          year: 2025,
          role: 'head',
          unitName: 'Tỉnh Lào Cai',
        })
      ).status,
    ).toBe(201);
    const handover = await svc.http.post(`/clusters/${cluster.id}/handovers`, {
      year: 2024,
      handedOverOn: '2025-03-05',
    });
    expect(handover.status).toBe(201);
    expect(handover.body.handover).toEqual({ on: '2025-03-05', toUnitName: 'Tỉnh Lào Cai', conferenceId: null });
    const history = await svc.http.get(`/clusters/${cluster.id}/leadership?pageSize=2`);
    expect(history.body.total).toBe(4);
    expect(history.body.items.map((l: { year: number; role: string }) => [l.year, l.role])).toEqual([
      [2026, 'head'],
      [2025, 'head'],
    ]);
    const y2024 = await svc.http.get(`/clusters/${cluster.id}/leadership?year=2024`);
    expect(y2024.body.items[0]).toMatchObject({ unitName: 'Tỉnh Hà Giang', handover: { toUnitName: 'Tỉnh Lào Cai' } });
  });

  it('answers 400 naming the field for bad dates and kinds, and 404 for an unknown cluster', async () => {
    const res = await svc.http.post('/clusters', {
      name: 'Cụm X',
      kind: 'nhóm',
      organizingBody: 'UBND tỉnh',
      members: [{ unitName: 'A', joinedOn: '2025-02-30' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['kind', 'members[0].joinedOn']),
    );
    const missing = await svc.http.get(`/clusters/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.title).toBe('Không tìm thấy cụm/khối thi đua');
    const dup = await svc.http.post('/clusters', { ...borderCluster, name: borderCluster.name.toUpperCase() });
    expect(dup.status).toBe(409);
  });

  it('announces the cluster as it stands after each change (cluster-changed), and nothing for a refused one', async () => {
    const recorder = await TopicRecorder.start([svc.topic]);
    try {
      const fresh = await svc.http.post('/clusters', { ...borderCluster, name: 'Cụm thi đua số 9', members: [] });
      expect(fresh.status).toBe(201);
      const id = fresh.body.id as string;
      const conferenceId = randomUUID();
      expect(
        (await svc.http.post(`/clusters/${id}/members`, { unitName: 'Tỉnh Sơn La', joinedOn: '2020-01-01' })).status,
      ).toBe(201);
      expect(
        (
          await svc.http.post(`/clusters/${id}/leadership`, {
            year: 2024,
            role: 'head',
            unitName: 'Tỉnh Sơn La',
            conferenceId,
          })
        ).status,
      ).toBe(201);
      // refused (not a member): no event
      expect(
        (await svc.http.post(`/clusters/${id}/leadership`, { year: 2024, role: 'deputy', unitName: 'Tỉnh Hòa Bình' }))
          .status,
      ).toBe(422);
      const of = () =>
        recorder
          .ofType(ClusterChanged.type)
          .filter((m) => m.key === id)
          .map((m) => JSON.parse(m.value!) as ClusterChangedData);
      const events = await waitFor(async () => (of().length >= 3 ? of() : undefined), {
        what: 'three cluster-changed events',
        timeoutMs: 30_000,
      });
      expect(events).toHaveLength(3);
      expect(events.map((e) => [e.memberships.length, e.leaders.length])).toEqual([
        [0, 0],
        [1, 0],
        [1, 1],
      ]);
      expect(events[2]).toMatchObject({
        clusterId: id,
        name: 'Cụm thi đua số 9',
        kind: 'cum',
        memberships: [{ unitName: 'Tỉnh Sơn La', joinedOn: '2020-01-01' }],
        leaders: [{ year: 2024, role: 'head', unitName: 'Tỉnh Sơn La', conferenceId }],
      });
    } finally {
      await recorder.stop();
    }
  });
});
