import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  ConferenceCancelled,
  ConferenceRescheduled,
  ConferenceScheduled,
  CovenantEvaluated,
  type CovenantEvaluatedData,
} from '@tdkt/contracts';
import { TopicRecorder, testKafka, waitFor } from '@tdkt/testing';
import { foreignEvent, provincialDecision, publish, startAwards } from './awards-app.harness';

describe('awards: reacting to covenants and the agenda (real PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startAwards>>;
  let producer: Producer;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    svc = await startAwards('awards_events');
    recorder = await TopicRecorder.start([svc.awardTopic]);
    producer = testKafka().producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await recorder.stop();
    await svc.stop();
  });

  const evaluation = (leader: string, over: Partial<CovenantEvaluatedData> = {}): CovenantEvaluatedData => ({
    covenantId: randomUUID(),
    clusterName: 'Khối thi đua các sở, ban, ngành',
    year: 2024,
    evaluatedAt: '2024-12-20T03:00:00.000Z',
    ranking: [
      { rank: 1, partyId: '00000000-0000-4000-8000-000000000001', unitName: leader, score: 96 },
      { rank: 2, partyId: '00000000-0000-4000-8000-000000000002', unitName: 'Sở Tài chính', score: 91.5 },
    ],
    leadingUnit: { partyId: '00000000-0000-4000-8000-000000000001', unitName: leader },
    ...over,
  });
  const proposalFor = (covenantId: string) => async () =>
    (await svc.http.get('/proposals?pageSize=100')).body.items.find(
      (p: { covenantId: string }) => p.covenantId === covenantId,
    );

  it('turns a covenant evaluation into a pending proposal (once, whatever the duplicates); confirming issues the decision', async () => {
    const data = evaluation('Sở Nội vụ');
    const event = foreignEvent(CovenantEvaluated, data.covenantId, data, '/services/covenants');
    await publish(producer, svc.covenantTopic, event);
    await publish(producer, svc.covenantTopic, event); // a redelivery
    const proposal = await waitFor(proposalFor(data.covenantId), { what: 'the proposal' });
    expect(proposal).toMatchObject({
      status: 'pending',
      unitName: 'Sở Nội vụ',
      awardType: 'CO_THI_DUA_UBND_TINH',
      year: 2024,
      decisionId: null,
    });
    expect(proposal.ranking.map((r: { unitName: string }) => r.unitName)).toEqual(['Sở Nội vụ', 'Sở Tài chính']);
    expect((await svc.http.get('/proposals?status=pending')).body.total).toBe(1);
    expect((await svc.http.get(`/proposals/${proposal.id}`)).body).toEqual(proposal);
    expect((await svc.http.get(`/proposals/${randomUUID()}`)).status).toBe(404);
    expect((await svc.http.get('/decisions')).body.total).toBe(0); // a proposal, not a decision

    const confirmed = await svc.http.post(
      `/proposals/${proposal.id}/confirm`,
      provincialDecision(12, { date: '2025-01-10' }),
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.proposal).toMatchObject({ status: 'confirmed', decisionId: confirmed.body.decision.id });
    expect(confirmed.body.decision.announcement).toBe('1 tập thể nhận Cờ thi đua của UBND tỉnh');
    const conferred = await waitFor(() =>
      recorder
        .ofType('awards.award-conferred.v1')
        .map((m) => JSON.parse(m.value!))
        .find((d) => d.decision.decisionId === confirmed.body.decision.id),
    );
    expect(conferred.recipient).toMatchObject({ kind: 'collective', name: 'Sở Nội vụ' });

    const twice = await svc.http.post(
      `/proposals/${proposal.id}/confirm`,
      provincialDecision(13, { date: '2025-01-10' }),
    );
    expect(twice.status).toBe(409);
  });

  it('confirms with another flag when the organizer says so, and rejects with a reason', async () => {
    const a = evaluation('Tỉnh Hà Giang');
    const b = evaluation('Tỉnh Lào Cai');
    await publish(producer, svc.covenantTopic, foreignEvent(CovenantEvaluated, a.covenantId, a));
    await publish(producer, svc.covenantTopic, foreignEvent(CovenantEvaluated, b.covenantId, b));
    const pa = await waitFor(proposalFor(a.covenantId));
    const pb = await waitFor(proposalFor(b.covenantId));
    const gov = await svc.http.post(`/proposals/${pa.id}/confirm`, {
      number: '88/QĐ-TTg',
      date: '2025-02-01',
      authority: 'Thủ tướng Chính phủ',
      signer: { name: 'Trần Hồng Hà', titles: ['Phó Thủ tướng Chính phủ'] },
      awardType: 'CO_THI_DUA_CHINH_PHU',
    });
    expect(gov.status).toBe(201);
    expect(gov.body.proposal.awardType).toBe('CO_THI_DUA_CHINH_PHU');
    const rejected = await svc.http.post(`/proposals/${pb.id}/reject`, {
      reason: 'Đơn vị có cán bộ bị kỷ luật trong năm',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Đơn vị có cán bộ bị kỷ luật trong năm',
    });
    expect((await svc.http.post(`/proposals/${pb.id}/confirm`, provincialDecision(14))).status).toBe(409);
    expect((await svc.http.post(`/proposals/${randomUUID()}/reject`, { reason: 'x' })).status).toBe(404);
  });

  it('keeps a projection of conferences: out of order events, titles in statistics, no awards for a cancelled one', async () => {
    const conferenceId = randomUUID();
    const scheduled = foreignEvent(
      ConferenceScheduled,
      conferenceId,
      {
        conferenceId,
        organizer: { name: 'UBND tỉnh Hà Giang' },
        kind: 'provincial-review',
        title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024',
        yearReviewed: 2024,
        yearLaunched: 2025,
        timeZone: 'Asia/Ho_Chi_Minh',
        startsAt: '2025-01-20T01:00:00.000Z',
        endsAt: '2025-01-20T04:00:00.000Z',
        format: 'in-person',
      },
      '/services/agenda',
    );
    const rescheduled = foreignEvent(
      ConferenceRescheduled,
      conferenceId,
      {
        conferenceId,
        startsAt: '2025-01-22T01:00:00.000Z',
        endsAt: '2025-01-22T04:00:00.000Z',
        previousStartsAt: '2025-01-20T01:00:00.000Z',
        previousEndsAt: '2025-01-20T04:00:00.000Z',
        reason: 'Trùng lịch họp Tỉnh ủy',
      },
      '/services/agenda',
    );
    rescheduled.time = new Date(Date.parse(scheduled.time) + 1000).toISOString();
    // the rescheduling arrives first
    await publish(producer, svc.conferenceTopic, rescheduled);
    await publish(producer, svc.conferenceTopic, scheduled);
    await waitFor(
      async () =>
        (await svc.http.get(`/statistics/awards?conferenceId=${conferenceId}`)).body.scope.conferenceTitle !== null,
    );

    const d = await svc.http.post('/decisions', {
      ...provincialDecision(600, { conferenceId }),
      recipients: [{ kind: 'individual', name: 'Lý Thị Vân', awardType: 'BANG_KHEN_CHU_TICH_UBND_TINH' }],
    });
    expect(d.status).toBe(201);
    const stats = (await svc.http.get(`/statistics/awards?conferenceId=${conferenceId}`)).body;
    expect(stats).toMatchObject({
      scope: { conferenceTitle: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024' },
      announcement: '1 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh',
    });
    const conference = async () =>
      (await svc.app.get(DataSource).query('SELECT * FROM conferences WHERE id = $1', [conferenceId]))[0];
    const { starts_at: startsAt } = await conference();
    expect(new Date(startsAt).toISOString()).toBe('2025-01-22T01:00:00.000Z');

    await publish(producer, svc.conferenceTopic, {
      ...foreignEvent(ConferenceCancelled, conferenceId, {
        conferenceId,
        reason: 'Thay đổi kế hoạch',
        cancelledAt: new Date().toISOString(),
      }),
      tenant: 'province:ha-giang',
    });
    // waitFor takes null for an answer: ask for a boolean
    await waitFor(async () => (await conference()).cancelled_at !== null, { what: 'the cancellation' });
    // the replica keeps the organizer's tenant the event carried
    expect((await conference()).tenant).toBe('province:ha-giang');
    const refused = await svc.http.post('/decisions', {
      ...provincialDecision(601, { conferenceId }),
      recipients: [{ kind: 'individual', name: 'Lý Thị Hoa', awardType: 'GIAY_KHEN' }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ field: 'conferenceId', code: 'conference-cancelled' });
    expect(refused.body.vi.detail).toContain('đã bị hủy (Thay đổi kế hoạch)');

    const unknown = await svc.http.post('/decisions', {
      ...provincialDecision(602, { conferenceId: randomUUID() }),
      recipients: [{ kind: 'individual', name: 'Lý Thị Hoa', awardType: 'GIAY_KHEN' }],
    });
    expect(unknown.status).toBe(201);
  });
});
