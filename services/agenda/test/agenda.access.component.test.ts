import { TopicRecorder, httpClient, tokenFor, waitFor } from '@tdkt/testing';
import { sơnLaConference, startAgenda, type AgendaUnderTest } from './agenda-app.harness';

/** The claims of a test user's token: who the service should stamp on its events. */
const claimsOf = async (user: 'test-runner') =>
  JSON.parse(Buffer.from((await tokenFor(user)).split('.')[1]!, 'base64url').toString()) as {
    sub: string;
    name: string;
  };

describe('agenda: roles and tenancy (real PostgreSQL, Kafka and identity provider)', () => {
  let svc: AgendaUnderTest;
  let recorder: TopicRecorder;
  let venueId: string;
  let conferenceId: string;

  beforeAll(async () => {
    svc = await startAgenda('agenda-access');
    recorder = await TopicRecorder.start([svc.topics.conference]);
    const venue = await svc.http.post('/venues', { name: 'Hội trường Kiểm Thử', address: 'Số 1 đường Thử' });
    expect(venue.status).toBe(201);
    venueId = venue.body.id;
    const created = await svc.http.post('/conferences', { ...sơnLaConference, venueId });
    expect(created.status).toBe(201);
    conferenceId = created.body.id;
    expect((await svc.http.post(`/conferences/${conferenceId}/schedule`, {})).status).toBe(200);
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  const runner = () => svc.http;
  const read = async () => (await runner().get(`/conferences/${conferenceId}`)).body;

  it('refuses a request without a token: 401 problem+json', async () => {
    const anonymous = httpClient(svc.url, { as: null });
    for (const res of [
      await anonymous.get('/conferences'),
      await anonymous.get(`/conferences/${conferenceId}`),
      await anonymous.post('/conferences', sơnLaConference),
      await anonymous.get(`/conferences/${conferenceId}/agenda/calendar.ics`),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('refuses roles without business here (403) and changes nothing', async () => {
    const press = httpClient(svc.url, { as: 'test-press-officer' });
    const before = (await runner().get('/conferences')).body.total;
    const created = await press.post('/conferences', sơnLaConference);
    expect(created.status).toBe(403);
    expect(created.headers.get('content-type')).toContain('application/problem+json');
    expect((await press.get('/conferences')).status).toBe(403);
    expect((await press.get(`/conferences/${conferenceId}`)).status).toBe(403);
    expect((await press.post('/venues', { name: 'Hội trường báo' })).status).toBe(403);
    expect((await runner().get('/conferences')).body.total).toBe(before);

    // the cluster lead and the secretariat read, but do not change
    for (const as of ['test-cluster-lead', 'test-secretariat'] as const) {
      const reader = httpClient(svc.url, { as });
      expect((await reader.get(`/conferences/${conferenceId}`)).status).toBe(200);
      expect((await reader.get(`/conferences/${conferenceId}/agenda/calendar.ics`)).status).toBe(200);
      expect((await reader.post(`/conferences/${conferenceId}/cancel`, { reason: 'thử' })).status).toBe(403);
      expect((await reader.post(`/conferences/${conferenceId}/guests`, { name: 'A', titles: [] })).status).toBe(403);
    }
    expect((await read()).status).toBe('scheduled');
    expect((await runner().get(`/conferences/${conferenceId}/guests`)).body.total).toBe(0);
  });

  it("hides another organization's conference and venue: absent from lists, 404 on every route, nothing changed, nothing announced", async () => {
    const outsider = httpClient(svc.url, { as: 'test-outsider' });
    const mine = await outsider.post('/conferences', { ...sơnLaConference, format: 'online' });
    expect(mine.status).toBe(201);

    const list = await outsider.get('/conferences?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([mine.body.id]);
    expect((await outsider.get('/venues?pageSize=100')).body.items).toEqual([]);
    // test-runner is also admin (sees all): its organization's plain organizer sees only its own
    const organizer = httpClient(svc.url, { as: 'test-organizer' });
    expect((await organizer.get('/conferences?pageSize=100')).body.items.map((c: { id: string }) => c.id)).toEqual([
      conferenceId,
    ]);

    const id = conferenceId;
    const attempts = [
      await outsider.get(`/conferences/${id}`),
      await outsider.get(`/conferences/${id}/guests`),
      await outsider.get(`/conferences/${id}/agenda/versions`),
      await outsider.get(`/conferences/${id}/agenda/calendar.ics`),
      await outsider.get(`/conferences/${id}/agenda/document.html`),
      await outsider.patch(`/conferences/${id}`, { title: 'Hội nghị của tỉnh khác' }),
      await outsider.post(`/conferences/${id}/cancel`, { reason: 'không phải của tôi' }),
      await outsider.post(`/conferences/${id}/reschedule`, {
        startsAt: '2024-03-01T08:00:00+07:00',
        endsAt: '2024-03-01T11:00:00+07:00',
        reason: 'thử',
      }),
      await outsider.post(`/conferences/${id}/start`, {}),
      await outsider.post(`/conferences/${id}/guests`, { name: 'Người lạ', titles: [] }),
      await outsider.post(`/conferences/${id}/connection-points`, { hostUnit: 'UBND huyện', location: 'Hội trường' }),
      await outsider.post(`/conferences/${id}/segments`, { kind: 'opening', startTime: '08:00', endTime: '08:15' }),
      await outsider.post(`/conferences/${id}/agenda/versions`, {}),
      await outsider.get(`/conferences/${id}/ceremony`),
      await outsider.post(`/conferences/${id}/ceremony/highlights`, { statement: 'Kết quả của tỉnh khác' }),
      await outsider.post(`/conferences/${id}/ceremony/speeches`, {
        speechKind: 'directing',
        speaker: { name: 'Người lạ', titles: [] },
        tasks: ['thử'],
      }),
      await outsider.get(`/venues/${venueId}`),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    // another organization's hall cannot be booked either
    const withVenue = await outsider.post('/conferences', { ...sơnLaConference, venueId });
    expect(withVenue.status).toBe(422);
    // nor can a conference be put into an organization one does not belong to
    const foreign = await outsider.post('/conferences', {
      ...sơnLaConference,
      format: 'online',
      tenant: 'province:kiem-thu',
    });
    expect(foreign.status).toBe(403);

    const after = await read();
    expect(after).toMatchObject({ status: 'scheduled', title: expect.not.stringContaining('tỉnh khác') });
    expect((await runner().get(`/conferences/${id}/guests`)).body.total).toBe(0);
    expect(after.segments).toEqual([]);
    expect(after.connectionPoints).toEqual([]);
    expect((await runner().get(`/conferences/${id}/ceremony`)).body.total).toBe(0);
    // a later event of the runner's own shows the relay has caught up: nothing of the outsider's came before it
    expect((await runner().post(`/conferences/${id}/start`, {})).status).toBe(200);
    await waitFor(() => recorder.ofType('agenda.conference-started.v1').some((m) => m.key === id), {
      timeoutMs: 20_000,
    });
    expect(recorder.messages.filter((m) => m.key === id).map((m) => m.headers.ce_type)).toEqual([
      'agenda.conference-scheduled.v1',
      'agenda.conference-started.v1',
    ]);
  });

  it("stamps the owner's tenant and the acting person on every event", async () => {
    await waitFor(() => recorder.ofType('agenda.conference-scheduled.v1').some((m) => m.key === conferenceId), {
      timeoutMs: 20_000,
    });
    const me = await claimsOf('test-runner');
    const ofMine = recorder.messages.filter((m) => m.key === conferenceId);
    expect(ofMine.length).toBeGreaterThan(0);
    for (const m of ofMine) {
      expect(m.headers).toMatchObject({
        ce_tenant: 'province:kiem-thu',
        ce_actorid: me.sub,
        ce_actorname: encodeURIComponent(me.name),
      });
    }
  });
});
