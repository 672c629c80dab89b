import { validateEventData } from '@tdkt/contracts';
import { httpClient, TopicRecorder, waitFor } from '@tdkt/testing';
import { sơnLaConference, startAgenda, type AgendaUnderTest } from './agenda-app.harness';

/** What is said and done at the ceremony, entered over HTTP: kept once per fact, announced, bad input refused by field. */
describe('agenda: the ceremony’s facts (HTTP, real PostgreSQL and Kafka)', () => {
  let svc: AgendaUnderTest;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    svc = await startAgenda('agenda-ceremony');
    recorder = await TopicRecorder.start([svc.topics.conference]);
  }, 120_000);

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  const scheduled = async () => {
    const c = await svc.http.post('/conferences', { ...sơnLaConference, format: 'online' });
    expect(c.status).toBe(201);
    const p = await svc.http.post(`/conferences/${c.body.id}/connection-points`, {
      hostUnit: 'UBND tỉnh Sơn La',
      location: 'Hội trường UBND tỉnh',
    });
    expect(p.status).toBe(201);
    expect((await svc.http.post(`/conferences/${c.body.id}/schedule`, {})).status).toBe(200);
    return c.body.id as string;
  };
  const facts = (id: string) =>
    recorder.messages
      .filter((m) => m.key === id && m.headers.ce_type === 'agenda.ceremony-fact-recorded.v1')
      .map((m) => {
        const data = JSON.parse(m.value!);
        expect(validateEventData(m.headers.ce_type!, data)).toEqual({ ok: true });
        expect(m.headers.ce_tenant).toBe('province:kiem-thu');
        return data;
      });

  const revenue = { figure: { label: 'tổng thu ngân sách nhà nước trên địa bàn', value: 4290, unit: 'tỷ đồng' } };
  const directing = {
    speechKind: 'directing',
    speaker: { name: 'Nguyễn Thái Hưng', titles: ['Ủy viên BTV Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
    keyPoints: ['công tác thi đua, khen thưởng đã góp phần quan trọng vào kết quả của tỉnh'],
    tasks: ['các cấp, các ngành tiếp tục đổi mới nội dung, hình thức thi đua'],
  };

  it('records each fact once, announces it, answers 201 then 200 for the same fact, replaces it by its key', async () => {
    const id = await scheduled();
    const first = await svc.http.post(`/conferences/${id}/ceremony/highlights`, revenue);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'highlight', position: 1, figure: revenue.figure });
    const again = await svc.http.post(`/conferences/${id}/ceremony/highlights`, revenue);
    expect(again.status).toBe(200);
    expect(again.body.key).toBe(first.body.key);

    const speech = await svc.http.post(`/conferences/${id}/ceremony/speeches`, directing);
    expect(speech.status).toBe(201);
    expect((await svc.http.post(`/conferences/${id}/ceremony/speeches`, directing)).status).toBe(200);
    // the same figure corrected: one fact still, announced again, in its place
    const corrected = await svc.http.post(`/conferences/${id}/ceremony/highlights`, {
      figure: { ...revenue.figure, value: 4291 },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ position: 1, figure: { value: 4291 } });
    const prize = await svc.http.post(`/conferences/${id}/ceremony/prizes`, {
      key: 'co-thi-dua',
      recipients: '8 tập thể',
      award: 'Cờ thi đua của UBND tỉnh',
      amountVnd: 10_000_000,
      per: 'tập thể',
    });
    expect(prize.status).toBe(201);

    const listed = await svc.http.get(`/conferences/${id}/ceremony`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((f: { kind: string; position: number }) => [f.kind, f.position])).toEqual([
      ['highlight', 1],
      ['speech', 2],
      ['prize', 3],
    ]);
    const announced = await waitFor(() => facts(id).length === 4 && facts(id));
    expect(announced.map((d) => [d.fact.kind, d.position])).toEqual([
      ['highlight', 1],
      ['speech', 2],
      ['highlight', 1],
      ['prize', 3],
    ]);
    expect(announced[2].fact.figure.value).toBe(4291);
    expect(announced[3]).toMatchObject({ key: 'prize:key:co-thi-dua', fact: { amountVnd: 10_000_000 } });
  });

  it('refuses a figure without value or unit and a speech without a speaker: 400 naming the field, nothing kept', async () => {
    const id = await scheduled();
    const noValue = await svc.http.post(`/conferences/${id}/ceremony/highlights`, {
      figure: { label: 'thu nhập bình quân đầu người', unit: 'triệu đồng/người/năm' },
    });
    expect(noValue.status).toBe(400);
    expect(noValue.headers.get('content-type')).toContain('application/problem+json');
    expect(noValue.body.errors.map((e: { field: string }) => e.field)).toContain('figure.value');
    expect(noValue.body.errors[0].vi).toMatch(/^Trường figure\.value/);
    expect(noValue.body.errors[0].en).toMatch(/figure\.value|value/);

    const noUnit = await svc.http.post(`/conferences/${id}/ceremony/highlights`, {
      figure: { label: 'tỷ lệ hộ nghèo', value: 14.41 },
    });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors.map((e: { field: string }) => e.field)).toContain('figure.unit');

    const nothing = await svc.http.post(`/conferences/${id}/ceremony/highlights`, {});
    expect(nothing.status).toBe(400);
    expect(nothing.body.errors[0]).toMatchObject({ field: 'figure' });
    expect(nothing.body.detail).toContain('số liệu');
    expect(nothing.body.en.detail).toContain('figure');

    const noSpeaker = await svc.http.post(`/conferences/${id}/ceremony/speeches`, {
      speechKind: 'directing',
      tasks: ['tiếp tục đổi mới'],
    });
    expect(noSpeaker.status).toBe(400);
    expect(noSpeaker.body.errors.map((e: { field: string }) => e.field)).toEqual(['speaker']);
    expect(noSpeaker.body.errors[0].vi).toBe('Trường speaker là bắt buộc');

    const unknownKind = await svc.http.post(`/conferences/${id}/ceremony/speeches`, {
      ...directing,
      speechKind: 'toast',
    });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.errors[0].field).toBe('speechKind');

    expect((await svc.http.get(`/conferences/${id}/ceremony`)).body.total).toBe(0);
  });

  it('records who presented an award group once per award type, a correction replacing it; refuses one without presenters', async () => {
    const id = await scheduled();
    const nam = { name: 'Trần Quốc Nam', titles: ['Chủ tịch UBND tỉnh'] };
    const bien = { name: 'Nguyễn Long Biên', titles: ['Phó Chủ tịch UBND tỉnh'] };
    const first = await svc.http.post(`/conferences/${id}/ceremony/award-presentations`, {
      awardTypeCode: 'CO_UBND_TINH',
      presenters: [nam],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'award-presentation', key: 'award-presentation:CO_UBND_TINH' });
    // the second presenter added: the same fact corrected, announced again
    const corrected = await svc.http.post(`/conferences/${id}/ceremony/award-presentations`, {
      awardTypeCode: 'CO_UBND_TINH',
      presenters: [nam, bien],
      onBehalfOf: '  Thủ tướng   Chính phủ ',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ position: first.body.position, onBehalfOf: 'Thủ tướng Chính phủ' });
    const announced = await waitFor(
      () => {
        const f = facts(id).filter((d) => d.fact.kind === 'award-presentation');
        return f.length >= 2 ? f : undefined;
      },
      { what: 'both award-presentation facts on the wire' },
    );
    expect(announced.map((d) => d.fact.presenters.length)).toEqual([1, 2]);
    const none = await svc.http.post(`/conferences/${id}/ceremony/award-presentations`, {
      awardTypeCode: 'CO_UBND_TINH',
      presenters: [],
    });
    expect(none.status).toBe(400);
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['presenters']);
    const badCode = await svc.http.post(`/conferences/${id}/ceremony/award-presentations`, {
      awardTypeCode: '=HYPERLINK("x")',
      presenters: [nam],
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors[0].field).toBe('awardTypeCode');
    const kept = await svc.http.get(`/conferences/${id}/ceremony`);
    expect(kept.body.items.filter((f: { kind: string }) => f.kind === 'award-presentation')).toHaveLength(1);
  });

  it('records facts of an announced conference only (409 for a draft), for its organizer; readers without business get 403', async () => {
    const draft = await svc.http.post('/conferences', { ...sơnLaConference, format: 'online' });
    const res = await svc.http.post(`/conferences/${draft.body.id}/ceremony/highlights`, revenue);
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('ghi nhận diễn biến');
    const press = httpClient(svc.url, { as: 'test-press-officer' });
    const id = await scheduled();
    expect((await press.post(`/conferences/${id}/ceremony/highlights`, revenue)).status).toBe(403);
  });
});
