import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { SmtpSink, TopicRecorder, httpClient, testKafka, tokenFor, waitFor } from '@tdkt/testing';
import {
  agenda,
  awards,
  invitationsEnvironment,
  publish,
  scheduled,
  startInvitations,
  TEST_TENANT,
  type InvitationsEnvironment,
} from './invitations-app.harness';

/** The claims of test-runner's token: who the service should stamp on its events and audit rows. */
const runnerClaims = async () =>
  JSON.parse(Buffer.from((await tokenFor('test-runner')).split('.')[1]!, 'base64url').toString()) as {
    sub: string;
    name: string;
  };

describe('invitations: roles and tenancy (real PostgreSQL, Kafka, SMTP server and identity provider)', () => {
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  let producer: Producer;
  let recorder: TopicRecorder;
  const conf = scheduled();
  let guestId: string;
  let invitationId: string;

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ ...env.db });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const eventsOf = (id: string) => recorder.messages.filter((m) => m.key === id);

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    env = await invitationsEnvironment('inv_access', smtp);
    svc = await startInvitations(env);
    recorder = await TopicRecorder.start([env.invitationTopic]);
    producer = testKafka().producer();
    await producer.connect();
    // agenda's event names the owner: test-runner's organization
    await publish(producer, env.conferenceTopic, agenda.scheduled(conf));
    await waitFor(async () => (await svc.http.get(`/conferences/${conf.conferenceId}`)).status === 200, {
      what: 'the conference projection',
    });
    const guest = await svc.http.post('/guests', {
      name: 'Nguyễn Thái Hưng',
      titles: ['Chủ tịch HĐND tỉnh'],
      email: 'hung.access@sonla.gov.vn',
    });
    expect(guest.status).toBe(201);
    guestId = guest.body.id;
    const invited = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, {
      guestIds: [guestId],
      send: true,
    });
    expect(invited.status).toBe(201);
    invitationId = invited.body.added[0];
    await waitFor(() => eventsOf(invitationId).length > 0, { what: 'invitation-sent', timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await producer.disconnect();
    await recorder.stop();
    await svc.stop();
    await env.drop();
    await smtp.dispose();
  });

  it("keeps an organization's protocol order and default guests to the tenant its conferences name, or that set them first", async () => {
    const outsider = httpClient(svc.url, { as: 'test-outsider' });
    const rules = { rules: [{ pattern: 'Bí thư Tỉnh ủy', rank: 1 }] };
    // the conference's organizer (from agenda's event) is test-runner's: the outsider cannot read or set it
    const named = conf.organizer.organizationId;
    expect((await svc.http.put(`/organizations/${named}/precedence-table`, rules)).status).toBe(200);
    expect((await outsider.get(`/organizations/${named}/precedence-table`)).status).toBe(404);
    expect((await outsider.put(`/organizations/${named}/precedence-table`, { rules: [] })).status).toBe(404);
    expect((await outsider.put(`/organizations/${named}/default-guests`, { guestIds: [] })).status).toBe(404);
    expect((await svc.http.get(`/organizations/${named}/precedence-table`)).body.rules).toEqual([
      { pattern: 'Bí thư Tỉnh ủy', rank: 1 },
    ]);
    // an organization no conference names yet belongs to whoever sets it first; then it is theirs alone
    const fresh = randomUUID();
    expect((await outsider.put(`/organizations/${fresh}/default-guests`, { guestIds: [] })).status).toBe(200);
    // test-runner is also admin (who sees all): the test's organizer of province:kiem-thu is refused
    const organizer = httpClient(svc.url, { as: 'test-organizer' });
    expect((await organizer.get(`/organizations/${fresh}/default-guests`)).status).toBe(404);
    expect((await organizer.put(`/organizations/${fresh}/precedence-table`, rules)).status).toBe(404);
    expect((await organizer.get(`/organizations/${named}/precedence-table`)).status).toBe(200);
    expect(
      await sql<{ tenant: string }>('SELECT tenant FROM organization_owners WHERE organization_id = $1', [fresh]),
    ).toEqual([{ tenant: 'province:ngoai-tinh' }]);
  });

  it('refuses a request without a token (401 problem+json), but opens the signed RSVP link', async () => {
    const anonymous = httpClient(svc.url, { as: null });
    for (const res of [
      await anonymous.get(`/conferences/${conf.conferenceId}`),
      await anonymous.get('/guests'),
      await anonymous.post('/guests', { name: 'Ai đó' }),
      await anonymous.get('/mail'),
      await anonymous.post(`/conferences/${conf.conferenceId}/check-ins`, {
        invitationId,
        site: { kind: 'venue' },
      }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    // a forged link is the link's own refusal (400), not a missing login
    expect((await anonymous.post('/rsvp/forged.token', { answer: 'accepted' })).status).toBe(400);
  });

  it('refuses roles without business here (403) and changes nothing', async () => {
    const press = httpClient(svc.url, { as: 'test-press-officer' });
    const before = (await svc.http.get('/guests')).body.total;
    const attempts = [
      await press.post('/guests', { name: 'Phóng viên', email: 'pv@bao.test' }),
      await press.get(`/conferences/${conf.conferenceId}`),
      await press.post(`/conferences/${conf.conferenceId}/invitations`, { guestIds: [guestId] }),
      await press.post(`/invitations/${invitationId}/withdraw`, { reason: 'thử' }),
      await press.get('/mail'),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    // the cluster lead reads, but neither sends nor withdraws
    const lead = httpClient(svc.url, { as: 'test-cluster-lead' });
    expect((await lead.get(`/conferences/${conf.conferenceId}/guests`)).status).toBe(200);
    expect((await lead.post(`/invitations/${invitationId}/withdraw`, { reason: 'thử' })).status).toBe(403);
    expect((await lead.put('/precedence-tables/default', { rules: [{ pattern: 'Bí thư', rank: 1 }] })).status).toBe(
      403,
    );
    expect((await svc.http.get('/guests')).body.total).toBe(before);
    expect((await svc.http.get(`/invitations/${invitationId}`)).body.status).toBe('invited');
  });

  it("hides another organization's conference, guests, invitations and mails: not listed, 404 everywhere, nothing changed, nothing announced", async () => {
    const outsider = httpClient(svc.url, { as: 'test-outsider' });
    const id = conf.conferenceId;
    expect((await outsider.get('/guests?pageSize=100')).body.items).toEqual([]);
    expect((await outsider.get('/mail?pageSize=100')).body).toMatchObject({ items: [], total: 0 });
    env.clock.set('2024-02-29T00:40:00Z'); // on the day: check-in would be open
    const attempts = [
      await outsider.get(`/guests/${guestId}`),
      await outsider.patch(`/guests/${guestId}`, { name: 'Người khác' }),
      await outsider.get(`/conferences/${id}`),
      await outsider.get(`/conferences/${id}/guests`),
      await outsider.post(`/conferences/${id}/invitations`, { guestIds: [guestId], send: true }),
      await outsider.post(`/conferences/${id}/invitations/send`, {}),
      await outsider.get(`/invitations/${invitationId}`),
      await outsider.post(`/invitations/${invitationId}/withdraw`, { reason: 'không phải của tôi' }),
      await outsider.put(`/invitations/${invitationId}/representative`, { name: 'Người lạ', email: 'la@x.test' }),
      await outsider.post(`/invitations/${invitationId}/rsvp`, { answer: 'declined' }),
      await outsider.post(`/conferences/${id}/check-ins`, { invitationId, site: { kind: 'venue' } }),
      await outsider.get(`/conferences/${id}/attendance`),
      await outsider.get(`/conferences/${id}/guest-list/export?format=csv`),
      await outsider.get(`/conferences/${id}/attendance/export?format=csv`),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    // the same address in another organization's directory: refused without naming whose it is
    const taken = await outsider.post('/guests', { name: 'Ai đó', email: 'hung.access@sonla.gov.vn' });
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.body)).not.toContain(guestId);
    expect(JSON.stringify(taken.body)).not.toContain('Nguyễn Thái Hưng');

    const after = (await svc.http.get(`/invitations/${invitationId}`)).body;
    expect(after).toMatchObject({ status: 'invited', response: 'pending' });
    expect((await svc.http.get(`/guests/${guestId}`)).body.name).toBe('Nguyễn Thái Hưng');
    expect((await svc.http.get(`/conferences/${id}/attendance`)).body.total).toBe(0);

    // the organizer's own answer is announced; none of the outsider's came before it
    expect((await svc.http.post(`/invitations/${invitationId}/rsvp`, { answer: 'accepted' })).status).toBe(200);
    await waitFor(() => recorder.ofType('invitations.rsvp-changed.v1').some((m) => m.key === invitationId), {
      what: 'rsvp-changed',
      timeoutMs: 20_000,
    });
    const changes = recorder.ofType('invitations.rsvp-changed.v1').filter((m) => m.key === invitationId);
    expect(changes.map((m) => JSON.parse(m.value!).response)).toEqual(['accepted']);
    expect(recorder.ofType('invitations.attendance-recorded.v1')).toEqual([]);
  });

  it("stamps the conference's tenant on every event, the actor on those a person caused, and who acted in the audit columns", async () => {
    const me = await runnerClaims();
    env.clock.set('2024-02-29T00:40:00Z');
    const checkIn = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
      invitationId,
      site: { kind: 'venue' },
    });
    expect(checkIn.status).toBe(201);
    await waitFor(() => recorder.ofType('invitations.attendance-recorded.v1').length === 1, {
      what: 'attendance-recorded',
      timeoutMs: 20_000,
    });
    expect(recorder.messages.length).toBeGreaterThanOrEqual(3);
    for (const m of recorder.messages) expect(m.headers.ce_tenant).toBe(TEST_TENANT);
    for (const type of ['invitations.rsvp-changed.v1', 'invitations.attendance-recorded.v1']) {
      for (const m of recorder.ofType(type)) {
        expect(m.headers).toMatchObject({ ce_actorid: me.sub, ce_actorname: encodeURIComponent(me.name) });
      }
    }
    expect(await sql('SELECT sent_by_id, sent_by_name FROM invitations WHERE id = $1', [invitationId])).toEqual([
      { sent_by_id: me.sub, sent_by_name: me.name },
    ]);
    expect(
      await sql('SELECT checked_in_by_id, checked_in_by_name FROM attendance WHERE invitation_id = $1', [invitationId]),
    ).toEqual([{ checked_in_by_id: me.sub, checked_in_by_name: me.name }]);
    expect(await sql('SELECT tenant FROM conferences WHERE id = $1', [conf.conferenceId])).toEqual([
      { tenant: TEST_TENANT },
    ]);
  });

  it("lets only the organizers of an awardee's conference correct that awardee (no directory owner)", async () => {
    const recipientId = randomUUID();
    await publish(
      producer,
      env.awardTopic,
      awards.conferred({
        awardId: randomUUID(),
        decision: {
          decisionId: randomUUID(),
          number: '15/QĐ-TTg',
          date: '2024-01-20',
          authority: 'Thủ tướng Chính phủ',
        },
        awardType: {
          code: 'BANG_KHEN_THU_TUONG',
          name: 'Bằng khen của Thủ tướng Chính phủ',
          family: 'award-form',
          rank: 320,
          conferringAuthority: 'Thủ tướng Chính phủ',
        },
        recipient: { recipientId, kind: 'individual', name: 'Đặng Thị Hồng Nhung', titles: ['Giáo viên'] },
        conferenceId: conf.conferenceId,
      }),
    );
    const organizer = httpClient(svc.url, { as: 'test-organizer' });
    let awardee: { id: string } | undefined;
    await waitFor(
      async () => {
        const items = (await organizer.get(`/conferences/${conf.conferenceId}/guests`)).body.items as any[];
        awardee = items.find((i) => i.guest.recipientId === recipientId)?.guest;
        return !!awardee;
      },
      { what: 'the awardee on the list', timeoutMs: 20_000 },
    );
    const outsider = httpClient(svc.url, { as: 'test-outsider' });
    expect((await outsider.patch(`/guests/${awardee!.id}`, { email: 'nhung@x.test' })).status).toBe(404);
    const corrected = await organizer.patch(`/guests/${awardee!.id}`, { email: 'nhung.dth@sonla.edu.vn' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.email).toBe('nhung.dth@sonla.edu.vn');
  });
});
