import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { dlqTopic } from '@tdkt/contracts';
import { ensureTopics } from '@tdkt/messaging';
import { TopicRecorder, testKafka, waitFor, bearer } from '@tdkt/testing';
import { DataSource } from 'typeorm';
import { leaders, sơnLaConference, startAgenda, type AgendaUnderTest } from './agenda-app.harness';
import { AWARD_TYPES, awardConferred, awardRevoked, covenantSigned, publishEvent } from './input-events.fixture';

/** The agenda follows covenants and awards published on Kafka (as the other services would). */
describe('agenda reacting to covenant and award events (real PostgreSQL and Kafka)', () => {
  let svc: AgendaUnderTest;
  let producer: Producer;
  let dlq: TopicRecorder;

  beforeAll(async () => {
    svc = await startAgenda('agenda-reactions');
    const kafka = testKafka();
    await ensureTopics(kafka, [svc.topics.covenant, svc.topics.award]);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    dlq = await TopicRecorder.start([dlqTopic(svc.topics.award)]);
  });

  afterAll(async () => {
    await dlq.stop();
    await producer.disconnect();
    await svc.stop();
  });

  const conference = async (over: object = {}) => {
    const res = await svc.http.post('/conferences', { ...sơnLaConference, format: 'online', ...over });
    expect(res.status).toBe(201);
    return res.body;
  };
  const read = async (id: string) => (await svc.http.get(`/conferences/${id}`)).body;
  const segmentOf = async (id: string, kind: string) =>
    (await read(id)).segments.find((s: { kind: string }) => s.kind === kind);
  type Group = { awardType: { name: string }; counts: object; presentation: string };
  const listing = async (id: string): Promise<string[]> =>
    ((await segmentOf(id, 'award-presentation'))?.awards ?? []).map(
      (g: Group) => `${g.awardType.name}: ${JSON.stringify(g.counts)}`,
    );

  it('a covenant fully signed for the conference marks its signing segment done', async () => {
    const c = await conference();
    const added = await svc.http.post(`/conferences/${c.id}/segments`, {
      kind: 'covenant-signing',
      startTime: '10:15',
      endTime: '10:30',
    });
    expect(added.status).toBe(201);
    const signed = covenantSigned(c.id);
    await publishEvent(producer, svc.topics.covenant, signed);
    const segment = await waitFor(
      async () => {
        const s = await segmentOf(c.id, 'covenant-signing');
        return s.status === 'done' && s;
      },
      { what: 'the signing segment done' },
    );
    expect(segment).toMatchObject({
      id: added.body.segment.id,
      startTime: '10:15',
      covenants: [
        { covenantId: signed.data.covenantId, status: 'fully_signed', parties: ['Huyện Mộc Châu', 'Thành phố Sơn La'] },
      ],
    });
  });

  it('creates the signing segment when the agenda has none, in its usual place and without a time', async () => {
    const c = await conference();
    await svc.http.post(`/conferences/${c.id}/segments`, { kind: 'opening', startTime: '08:00', endTime: '08:15' });
    await svc.http.post(`/conferences/${c.id}/segments`, { kind: 'closing', startTime: '11:00', endTime: '11:30' });
    await publishEvent(producer, svc.topics.covenant, covenantSigned(c.id));
    const segments = await waitFor(async () => {
      const s = (await read(c.id)).segments;
      return s.length === 3 && s;
    });
    expect(
      segments.map((s: { order: number; kind: string; status: string; scheduled: boolean }) => [
        s.order,
        s.kind,
        s.status,
        s.scheduled,
      ]),
    ).toEqual([
      [1, 'opening', 'planned', true],
      [2, 'covenant-signing', 'done', false],
      [3, 'closing', 'planned', true],
    ]);
    expect(segments[1].title).toBe('Ký kết giao ước thi đua năm 2024');
  });

  it('lists conferred awards by award type, highest rank first, with counts and who presents on whose behalf', async () => {
    const c = await conference();
    const officer = await svc.http.post(`/conferences/${c.id}/guests`, leaders.viceChair);
    await svc.http.post(`/conferences/${c.id}/award-presenters`, {
      awardTypeCode: AWARD_TYPES.order3.code,
      guestId: officer.body.id,
    });
    const events = [
      awardConferred(c.id, AWARD_TYPES.provMerit, 'household', 'Hộ ông Cầm Văn Chung'),
      awardConferred(c.id, AWARD_TYPES.pmMerit, 'individual', 'Lò Thị Mai', 'Thủ tướng Chính phủ'),
      awardConferred(c.id, AWARD_TYPES.pmMerit, 'collective', 'Sở Nội vụ tỉnh Sơn La', 'Thủ tướng Chính phủ'),
      awardConferred(
        c.id,
        AWARD_TYPES.order3,
        'collective',
        'Ủy ban MTTQ tỉnh Sơn La',
        'thừa ủy quyền của Chủ tịch nước',
      ),
      awardConferred(c.id, AWARD_TYPES.pmMerit, 'individual', 'Đỗ Văn Bình', 'Thủ tướng Chính phủ'),
      awardConferred(c.id, AWARD_TYPES.govFlag, 'collective', 'Huyện Mộc Châu', 'Thủ tướng Chính phủ'),
    ];
    for (const e of events) await publishEvent(producer, svc.topics.award, e);
    const groups = await waitFor(
      async () => {
        const s = await segmentOf(c.id, 'award-presentation');
        return (
          s?.awards?.reduce((n: number, g: { counts: { total: number } }) => n + g.counts.total, 0) === 6 && s.awards
        );
      },
      { what: 'six awards listed' },
    );
    expect(groups.map((g: Group) => g.presentation)).toEqual([
      'Đồng chí Nguyễn Thành Công, Phó Chủ tịch UBND tỉnh Sơn La, thừa ủy quyền của Chủ tịch nước trao Huân chương Lao động hạng Ba cho 1 tập thể',
      'Thừa ủy quyền của Thủ tướng Chính phủ trao Cờ thi đua của Chính phủ cho 1 tập thể',
      'Thừa ủy quyền của Thủ tướng Chính phủ trao Bằng khen của Thủ tướng Chính phủ cho 1 tập thể và 2 cá nhân',
      'Trao Bằng khen của Chủ tịch UBND tỉnh cho 1 hộ gia đình',
    ]);
    expect(groups[2].counts).toEqual({ collectives: 1, individuals: 2, households: 0, total: 3 });
    expect(groups[2].recipients.map((r: { name: string }) => r.name)).toEqual([
      'Sở Nội vụ tỉnh Sơn La',
      'Đỗ Văn Bình',
      'Lò Thị Mai',
    ]);
    const doc = await (
      await fetch(`${svc.url}/conferences/${c.id}/agenda/document.html`, { headers: await bearer('test-runner') })
    ).text();
    expect(doc.indexOf('Huân chương Lao động hạng Ba')).toBeLessThan(doc.indexOf('Cờ thi đua của Chính phủ'));
  });

  it('removes revoked awards, and never counts a duplicate twice', async () => {
    const c = await conference();
    const kept = awardConferred(c.id, AWARD_TYPES.pmMerit, 'individual', 'Lò Thị Mai');
    const revoked = awardConferred(c.id, AWARD_TYPES.pmMerit, 'individual', 'Quàng Văn Tú');
    await publishEvent(producer, svc.topics.award, kept);
    await publishEvent(producer, svc.topics.award, kept); // the same message again
    await publishEvent(producer, svc.topics.award, { ...kept, id: randomUUID() }); // the same award in a new message
    await publishEvent(producer, svc.topics.award, revoked);
    await waitFor(
      async () =>
        (await listing(c.id)).join() ===
        'Bằng khen của Thủ tướng Chính phủ: {"collectives":0,"individuals":2,"households":0,"total":2}',
    );
    await publishEvent(producer, svc.topics.award, awardRevoked(revoked, false)); // the revocation may not name the conference
    await waitFor(
      async () =>
        (await listing(c.id)).join() ===
        'Bằng khen của Thủ tướng Chính phủ: {"collectives":0,"individuals":1,"households":0,"total":1}',
      {
        what: 'the revoked award gone',
      },
    );
    // the conferment delivered again after its revocation does not bring it back
    await publishEvent(producer, svc.topics.award, { ...revoked, id: randomUUID() });
    const marker = awardConferred(c.id, AWARD_TYPES.govFlag, 'collective', 'Huyện Yên Châu');
    marker.subject = revoked.subject; // same key as the revoked award: handled after it
    await publishEvent(producer, svc.topics.award, marker);
    const final = await waitFor(async () => {
      const l = await listing(c.id);
      return l.length === 2 && l;
    });
    expect(final).toEqual([
      'Cờ thi đua của Chính phủ: {"collectives":1,"individuals":0,"households":0,"total":1}',
      'Bằng khen của Thủ tướng Chính phủ: {"collectives":0,"individuals":1,"households":0,"total":1}',
    ]);
  });

  it('keeps awards and covenants for a conference not known yet, and applies them when it appears', async () => {
    const id = randomUUID();
    const early = awardConferred(id, AWARD_TYPES.order3, 'individual', 'Hà Trung Chiến', 'Chủ tịch nước');
    const revokedFirst = awardConferred(id, AWARD_TYPES.order3, 'individual', 'Người bị thu hồi');
    await publishEvent(producer, svc.topics.award, early);
    await publishEvent(producer, svc.topics.award, awardRevoked(revokedFirst)); // its revocation before its conferment
    await publishEvent(producer, svc.topics.award, revokedFirst);
    await publishEvent(producer, svc.topics.covenant, covenantSigned(id));
    // a later message on the same keys proves the earlier ones were handled
    const probe = awardConferred(undefined, AWARD_TYPES.pmMerit, 'individual', 'x');
    probe.subject = revokedFirst.subject;
    await publishEvent(producer, svc.topics.award, probe);
    const db = svc.app.get(DataSource);
    const ids = [early.data.awardId, revokedFirst.data.awardId, probe.data.awardId];
    await waitFor(
      async () =>
        (await db.query('SELECT 1 FROM conference_awards WHERE award_id = ANY($1::uuid[])', [ids])).length === 3,
      { what: 'the early awards kept' },
    );
    await waitFor(
      async () => (await db.query('SELECT 1 FROM conference_covenants WHERE conference_id = $1', [id])).length === 1,
      { what: 'the early covenant kept' },
    );

    const c = await conference({ id });
    expect(c.id).toBe(id);
    expect(c.segments.map((s: { kind: string; status: string }) => [s.kind, s.status])).toEqual([
      ['award-presentation', 'planned'],
      ['covenant-signing', 'done'],
    ]);
    expect(await listing(id)).toEqual([
      'Huân chương Lao động hạng Ba: {"collectives":0,"individuals":1,"households":0,"total":1}',
    ]);
    expect((await svc.http.post('/conferences', { ...sơnLaConference, format: 'online', id })).status).toBe(409);
  });

  it('ignores a covenant signed for no conference, and dead-letters an award event that breaks its contract', async () => {
    const c = await conference();
    const unrelated = covenantSigned(undefined);
    const next = covenantSigned(c.id);
    next.subject = unrelated.subject; // same key: handled after the unrelated one
    await publishEvent(producer, svc.topics.covenant, unrelated);
    await publishEvent(producer, svc.topics.covenant, next);
    await waitFor(async () => (await segmentOf(c.id, 'covenant-signing'))?.status === 'done');
    const poison = awardConferred(randomUUID(), AWARD_TYPES.pmMerit, 'individual', 'x');
    await publishEvent(
      producer,
      svc.topics.award,
      poison,
      JSON.stringify({ ...poison.data, awardType: { name: 'thiếu mã' } }),
    );
    const letter = await waitFor(() => dlq.messages.find((m) => m.headers.ce_id === poison.id));
    expect(letter.headers['x-dlq-error']).toMatch(/^schema: \/awardType/);
    const rows = await svc.app
      .get(DataSource)
      .query('SELECT covenant_id FROM conference_covenants WHERE covenant_id = ANY($1::uuid[])', [
        [unrelated.data.covenantId, next.data.covenantId],
      ]);
    expect(rows).toEqual([{ covenant_id: next.data.covenantId }]);
  });
});
