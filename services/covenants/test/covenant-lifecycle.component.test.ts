import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { TOPICS, toKafkaHeaders, type CloudEvent, type EventDefinition } from '@tdkt/contracts';
import { ConferenceCancelled, ConferenceRescheduled, ConferenceScheduled } from '@tdkt/contracts';
import { TopicRecorder, testKafka, waitFor } from '@tdkt/testing';
import { chairOf, createCluster, hàGiangCovenant, signAll, startCovenants, wireData } from './covenants-app.harness';

describe('covenant lifecycle (HTTP, real PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startCovenants>>;
  let recorder: TopicRecorder;
  let producer: Producer;
  let clusterId: string;

  beforeAll(async () => {
    svc = await startCovenants('lifecycle');
    recorder = await TopicRecorder.start([svc.topic]);
    producer = testKafka('lifecycle-agenda').producer();
    await producer.connect();
    clusterId = await createCluster(svc.http);
  });

  afterAll(async () => {
    await producer.disconnect();
    await recorder.stop();
    await svc.stop();
  });

  const draft = async (body: object = {}) => {
    const res = await svc.http.post('/covenants', { ...hàGiangCovenant, clusterId, ...body });
    expect(res.status).toBe(201);
    return res.body;
  };

  it("makes the cluster's members on the covenant's date its parties by default", async () => {
    const merged = await createCluster(svc.http);
    await svc.http.post(`/clusters/${merged}/reorganizations`, {
      effectiveOn: '2025-07-01',
      reason: 'Sáp nhập',
      leaving: ['Tỉnh Hà Giang'],
      joining: ['Tỉnh Tuyên Quang'],
    });
    const before = await draft({ clusterId: merged, year: 2025, membersOn: '2025-03-01', parties: undefined });
    expect(before.parties.map((p: { unitName: string }) => p.unitName)).toEqual([
      'Tỉnh Cao Bằng',
      'Tỉnh Điện Biên',
      'Tỉnh Hà Giang',
      'Tỉnh Lai Châu',
      'Tỉnh Lạng Sơn',
      'Tỉnh Lào Cai',
      'Tỉnh Quảng Ninh',
    ]);
    // by default: today, kept within the covenant's year (the end of 2025 for a covenant drafted later)
    const after = await draft({ clusterId: merged, year: 2025, parties: undefined });
    expect(after.membersOn).toBe('2025-12-31');
    expect(after.parties.map((p: { unitName: string }) => p.unitName)).toContain('Tỉnh Tuyên Quang');
    expect(after.parties.map((p: { unitName: string }) => p.unitName)).not.toContain('Tỉnh Hà Giang');
  });

  it('answers 422 naming the party that is not a member on the date', async () => {
    const res = await svc.http.post('/covenants', {
      ...hàGiangCovenant,
      clusterId,
      parties: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'Tỉnh Sơn La' }],
      membersOn: '2024-03-05',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        field: 'parties[1].unitName',
        vi: 'Tỉnh Sơn La không là thành viên của cụm vào ngày 2024-03-05; bỏ đơn vị này hoặc ghi nhận tư cách thành viên trước',
      }),
    ]);
  });

  it('answers 400 for a target without unit or value, a weight outside 0–100, weights not adding up to 100', async () => {
    const missing = await svc.http.post('/covenants', {
      ...hàGiangCovenant,
      clusterId,
      targets: [{ name: 'GRDP', weight: 100 }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['targets[0].unit', 'targets[0].targetValue']),
    );
    const outside = await svc.http.post('/covenants', {
      ...hàGiangCovenant,
      clusterId,
      targets: [{ name: 'GRDP', unit: '%', targetValue: 7, weight: 140 }],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0]).toMatchObject({ field: 'targets[0].weight', code: 'max' });
    const sum = await svc.http.post('/covenants', {
      ...hàGiangCovenant,
      clusterId,
      targets: hàGiangCovenant.targets.map((t) => ({ ...t, weight: 45 })),
    });
    expect(sum.status).toBe(400);
    expect(sum.body.errors[0]).toMatchObject({ field: 'targets[].weight' });
    expect(sum.body.detail).toBe('Tổng trọng số các chỉ tiêu phải bằng 100 (hiện là 90); hãy điều chỉnh trọng số');
  });

  it('edits parties and targets while drafted, not after signing began', async () => {
    const c = await draft();
    const parties = await svc.http.put(`/covenants/${c.id}/parties`, {
      parties: [{ unitName: 'Tỉnh Lào Cai' }, { unitName: 'Tỉnh Điện Biên' }],
    });
    expect(parties.status).toBe(200);
    expect(parties.body.parties.map((p: { unitName: string }) => p.unitName)).toEqual([
      'Tỉnh Lào Cai',
      'Tỉnh Điện Biên',
    ]);
    expect(parties.body.parties[0].id).toBe(
      c.parties.find((p: { unitName: string }) => p.unitName === 'Tỉnh Lào Cai').id,
    );
    const stranger = await svc.http.put(`/covenants/${c.id}/parties`, {
      parties: [{ unitName: 'Tỉnh Lào Cai' }, { unitName: 'Tỉnh Sơn La' }],
    });
    expect(stranger.status).toBe(422);
    const targets = await svc.http.put(`/covenants/${c.id}/targets`, {
      targets: [{ name: 'Giảm tỷ lệ hộ nghèo', unit: '%', targetValue: 4.4, direction: 'lower', weight: 100 }],
    });
    expect(targets.body.targets).toEqual([
      expect.objectContaining({ direction: 'lower', weight: 100, id: expect.any(String) }),
    ]);
    await svc.http.post(`/covenants/${c.id}/signatures`, {
      partyId: parties.body.parties[0].id,
      signatory: chairOf('Tỉnh Lào Cai'),
    });
    const late = await svc.http.put(`/covenants/${c.id}/targets`, { targets: hàGiangCovenant.targets });
    expect(late.status).toBe(409);
    expect(late.body.vi.detail).toContain('Đã có đơn vị ký');
  });

  it('records who signs for which unit, where and how, on whose authority; progress says who has not signed', async () => {
    const c = await draft();
    const res = await svc.http.post(`/covenants/${c.id}/signatures`, {
      partyId: c.parties[1].id,
      signatory: { name: 'Lê Hải Hòa', titles: ['Phó Chủ tịch UBND tỉnh Cao Bằng'] },
      mode: 'remote',
      place: 'Trụ sở UBND tỉnh Cao Bằng',
      onBehalfOf: { name: 'Hoàng Xuân Ánh', titles: ['Chủ tịch UBND tỉnh Cao Bằng'] },
    });
    expect(res.status).toBe(201);
    expect(res.body.covenant.parties[1].signature).toMatchObject({
      mode: 'remote',
      onBehalfOf: { name: 'Hoàng Xuân Ánh' },
      place: 'Trụ sở UBND tỉnh Cao Bằng',
    });
    const progress = await svc.http.get(`/covenants/${c.id}/progress`);
    expect(progress.body).toMatchObject({
      status: 'drafted',
      signed: 1,
      total: 3,
      unsigned: ['Tỉnh Hà Giang', 'Tỉnh Lào Cai'],
      signedParties: [{ unitName: 'Tỉnh Cao Bằng', signatory: 'Lê Hải Hòa' }],
    });
    const [recorded] = await waitFor(() => {
      const d = wireData(recorder, 'covenants.signature-recorded.v1', c.id);
      return d.length ? d : undefined;
    });
    expect(recorded).toMatchObject({ unitName: 'Tỉnh Cao Bằng', signedCount: 1, partyCount: 3 });
  });

  it('withdraws a signature with a reason before full signing; keeps it as history; refuses once fully signed', async () => {
    const c = await draft();
    const [a, b, d] = c.parties;
    await svc.http.post(`/covenants/${c.id}/signatures`, { partyId: a.id, signatory: chairOf(a.unitName) });
    const noReason = await svc.http.post(`/covenants/${c.id}/signatures/${a.id}/withdrawal`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const withdrawn = await svc.http.post(`/covenants/${c.id}/signatures/${a.id}/withdrawal`, {
      reason: 'Ký nhầm người đại diện',
    });
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body.progress.signed).toBe(0);
    expect(withdrawn.body.signatureHistory[0].withdrawn).toMatchObject({ reason: 'Ký nhầm người đại diện' });
    await signAll(svc.http, { id: c.id, parties: [a, b, d] });
    const read = await svc.http.get(`/covenants/${c.id}`);
    expect(read.body.status).toBe('fully_signed');
    expect(read.body.signatureHistory).toHaveLength(4);
    const late = await svc.http.post(`/covenants/${c.id}/signatures/${a.id}/withdrawal`, { reason: 'muộn' });
    expect(late.status).toBe(409);
    expect(late.body.vi.detail).toContain('không thể rút chữ ký');
    const signed = await waitFor(() => wireData(recorder, 'covenants.covenant-signed.v1', c.id)[0]);
    expect(signed.parties.map((p: { unitName: string }) => p.unitName)).toEqual([
      'Tỉnh Hà Giang',
      'Tỉnh Cao Bằng',
      'Tỉnh Lào Cai',
    ]);
  });

  it('refuses a signature on a cancelled covenant with 409 and says why', async () => {
    const c = await draft();
    const cancelled = await svc.http.post(`/covenants/${c.id}/cancellation`, {
      reason: 'Lập lại theo danh sách thành viên mới',
    });
    expect(cancelled.status).toBe(201);
    expect(cancelled.body.status).toBe('cancelled');
    const sign = await svc.http.post(`/covenants/${c.id}/signatures`, {
      partyId: c.parties[0].id,
      signatory: chairOf('Tỉnh Hà Giang'),
    });
    expect(sign.status).toBe(409);
    expect(sign.body.detail).toBe('Giao ước đã bị hủy (Lập lại theo danh sách thành viên mới); không thể ký');
  });

  it('amends a signed covenant as a new version signed again; the earlier version and its signatures stay readable', async () => {
    const v1 = await draft();
    await signAll(svc.http, v1);
    const v2 = await svc.http.post(`/covenants/${v1.id}/amendments`, {
      reason: 'Điều chỉnh chỉ tiêu thu ngân sách theo Nghị quyết HĐND',
      targets: [
        { ...hàGiangCovenant.targets[0], weight: 50 },
        { ...hàGiangCovenant.targets[1], targetValue: 2600, weight: 50 },
      ],
    });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, lineageId: v1.id, status: 'drafted', amends: { covenantId: v1.id } });
    expect((await svc.http.post(`/covenants/${v1.id}/amendments`, { reason: 'lần nữa' })).status).toBe(409);
    await signAll(svc.http, v2.body);
    const old = await svc.http.get(`/covenants/${v1.id}`);
    expect(old.body.status).toBe('superseded');
    expect(old.body.targets[1].targetValue).toBe(2460);
    expect(old.body.parties.every((p: { signature: unknown }) => p.signature)).toBe(true);
    const versions = await svc.http.get(`/covenants/${v2.body.id}/versions`);
    expect(versions.body.items.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'fully_signed'],
    ]);
    const signed = await waitFor(() => wireData(recorder, 'covenants.covenant-signed.v1', v2.body.id)[0]);
    expect(signed.targets[1].targetValue).toBe(2600);
  });

  it('lists covenants by cluster, year and status, paginated', async () => {
    const other = await createCluster(svc.http);
    await draft({ clusterId: other, year: 2025 });
    await draft({ clusterId: other, year: 2025 });
    const page = await svc.http.get(`/covenants?clusterId=${other}&year=2025&status=drafted&page=2&pageSize=1`);
    expect(page.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(page.body.items[0]).toMatchObject({ clusterId: other, year: 2025, status: 'drafted', version: 1 });
    expect((await svc.http.get(`/covenants?clusterId=${other}&status=superseded`)).body.total).toBe(0);
    expect((await svc.http.get('/covenants?status=signed')).status).toBe(400);
  });

  it("shows the conference's title and time from the agenda's events, whatever their order; unknown ids are accepted", async () => {
    const conferenceId = randomUUID();
    const c = await draft({ conferenceId });
    expect(c.conference).toMatchObject({ id: conferenceId, status: 'unknown', title: null });
    const topic = `${svc.namespace}${TOPICS.conference}`;
    // the reschedule (decided later) arrives before the schedule
    await publish(topic, ConferenceRescheduled, conferenceId, '2025-02-01T00:00:00Z', {
      conferenceId,
      startsAt: '2025-03-12T01:00:00Z',
      endsAt: '2025-03-12T05:00:00Z',
      previousStartsAt: '2025-03-05T01:00:00Z',
      previousEndsAt: '2025-03-05T05:00:00Z',
      reason: 'Trùng lịch làm việc của Trung ương',
    });
    await publish(topic, ConferenceScheduled, conferenceId, '2025-01-10T00:00:00Z', {
      conferenceId,
      organizer: { name: 'UBND tỉnh Hà Giang' },
      kind: 'cluster-review',
      title: 'Hội nghị tổng kết Cụm thi đua năm 2024',
      yearReviewed: 2024,
      yearLaunched: 2025,
      timeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2025-03-05T01:00:00Z',
      endsAt: '2025-03-05T05:00:00Z',
      format: 'in-person',
      venue: { name: 'Hội trường UBND tỉnh Hà Giang' },
    });
    const shown = await waitFor(
      async () => {
        const body = (await svc.http.get(`/covenants/${c.id}`)).body;
        return body.conference.title ? body.conference : undefined;
      },
      { what: 'the conference projection' },
    );
    expect(shown).toMatchObject({
      status: 'scheduled',
      title: 'Hội nghị tổng kết Cụm thi đua năm 2024',
      startsAt: '2025-03-12T01:00:00.000Z',
      venue: 'Hội trường UBND tỉnh Hà Giang',
    });
    await publish(topic, ConferenceCancelled, conferenceId, '2025-03-01T00:00:00Z', {
      conferenceId,
      reason: 'Hoãn do mưa lũ',
      cancelledAt: '2025-03-01T00:00:00Z',
    });
    await waitFor(async () => (await svc.http.get(`/covenants/${c.id}`)).body.conference.status === 'cancelled');
  });

  it('shows the same place whatever the order the agenda events arrive in: the place of the latest event that names one', async () => {
    const topic = `${svc.namespace}${TOPICS.conference}`;
    const shown = [];
    for (const order of [
      ['scheduled', 'to the hall', 'a week later'],
      ['a week later', 'scheduled', 'to the hall'],
    ]) {
      const conferenceId = randomUUID();
      const c = await draft({ conferenceId });
      const moved = (startsAt: string, previousStartsAt: string) => ({
        conferenceId,
        startsAt,
        endsAt: startsAt.replace('T01', 'T05'),
        previousStartsAt,
        previousEndsAt: previousStartsAt.replace('T01', 'T05'),
        reason: 'Điều chỉnh',
      });
      const events = {
        scheduled: () =>
          publish(topic, ConferenceScheduled, conferenceId, '2025-01-10T00:00:00Z', {
            conferenceId,
            organizer: { name: 'UBND tỉnh Hà Giang' },
            kind: 'cluster-review',
            title: 'Hội nghị tổng kết Cụm thi đua năm 2024',
            yearReviewed: 2024,
            yearLaunched: 2025,
            timeZone: 'Asia/Ho_Chi_Minh',
            startsAt: '2025-03-05T01:00:00Z',
            endsAt: '2025-03-05T05:00:00Z',
            format: 'in-person',
            venue: { name: 'Hội trường UBND tỉnh Hà Giang' },
          }),
        'to the hall': () =>
          publish(topic, ConferenceRescheduled, conferenceId, '2025-02-01T00:00:00Z', {
            ...moved('2025-03-12T01:00:00Z', '2025-03-05T01:00:00Z'),
            venue: { name: 'Hội trường Tỉnh ủy Hà Giang' },
          }),
        'a week later': () =>
          publish(
            topic,
            ConferenceRescheduled,
            conferenceId,
            '2025-02-10T00:00:00Z',
            moved('2025-03-19T01:00:00Z', '2025-03-12T01:00:00Z'),
          ),
      } as Record<string, () => Promise<void>>;
      for (const name of order) await events[name]!();
      // one partition per conference, in order: once the cancellation shows, the three before it are in
      await publish(topic, ConferenceCancelled, conferenceId, '2025-03-01T00:00:00Z', {
        conferenceId,
        reason: 'Hoãn do mưa lũ',
        cancelledAt: '2025-03-01T00:00:00Z',
      });
      shown.push(
        await waitFor(
          async () => {
            const body = (await svc.http.get(`/covenants/${c.id}`)).body;
            return body.conference.status === 'cancelled' ? body.conference : undefined;
          },
          { what: 'the conference projection' },
        ),
      );
    }
    for (const c of shown)
      expect(c).toMatchObject({
        startsAt: '2025-03-19T01:00:00.000Z',
        venue: 'Hội trường Tỉnh ủy Hà Giang',
        title: 'Hội nghị tổng kết Cụm thi đua năm 2024',
      });
  });

  async function publish<T>(topic: string, def: EventDefinition<T>, subject: string, time: string, data: T) {
    const id = randomUUID();
    const e: CloudEvent<T> = {
      id,
      type: def.type,
      source: '/services/agenda',
      specversion: '1.0',
      time,
      subject,
      datacontenttype: 'application/json',
      correlationid: id,
      data,
    };
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: subject, value: JSON.stringify(data), headers: toKafkaHeaders(e as CloudEvent) }],
    });
  }
});
