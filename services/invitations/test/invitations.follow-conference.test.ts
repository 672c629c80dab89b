import type { Producer } from 'kafkajs';
import { validateEventData } from '@tdkt/contracts';
import { SmtpSink, TopicRecorder, testKafka, waitFor, type ReceivedMail } from '@tdkt/testing';
import {
  agenda,
  invitationsEnvironment,
  mail,
  publish,
  scheduled,
  SON_LA_OFFICIALS,
  SON_LA_ORG,
  startInvitations,
  type InvitationsEnvironment,
} from './invitations-app.harness';

/**
 * The integration test: the agenda schedules a conference, the organizer sends the draft
 * list, the agenda reschedules it — each invitee has two messages with the same ICS UID (SEQUENCE
 * 0 then 1); a cancellation follows with METHOD:CANCEL. Driven by agenda events on Kafka, mails
 * read back from a real SMTP server process.
 */
describe('invitations follow the conference (agenda events on Kafka → e-mail over SMTP)', () => {
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  let producer: Producer;
  let recorder: TopicRecorder;
  const guestIds: string[] = [];

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    env = await invitationsEnvironment('inv_follow', smtp);
    svc = await startInvitations(env);
    recorder = await TopicRecorder.start([env.invitationTopic]);
    producer = testKafka().producer();
    await producer.connect();
    for (const o of SON_LA_OFFICIALS) guestIds.push((await svc.http.post('/guests', o)).body.id);
    const defaults = await svc.http.put(`/organizations/${SON_LA_ORG}/default-guests`, { guestIds });
    expect(defaults.status).toBe(200);
  });

  afterAll(async () => {
    await producer.disconnect();
    await recorder.stop();
    await svc.stop();
    await env.drop();
    await smtp.dispose();
  });

  const mailsTo = async (address: string): Promise<ReceivedMail[]> =>
    (await smtp.messages()).filter((m) => mail.to(m) === address);

  it("scheduling prepares a draft list from the organizer's defaults, in protocol order, and sends nothing by itself", async () => {
    const d = scheduled();
    await publish(producer, env.conferenceTopic, agenda.scheduled(d));
    const list = await waitFor(
      async () => {
        const r = await svc.http.get(`/conferences/${d.conferenceId}/guests`);
        return r.status === 200 && r.body.total === 3 ? r.body : undefined;
      },
      { what: 'the draft guest list' },
    );
    expect(list.items.map((i: { guest: { name: string } }) => i.guest.name)).toEqual([
      'Nguyễn Thái Hưng',
      'Vi Đức Thọ',
      'Tráng Thị Xuân',
    ]);
    expect(
      list.items.every((i: { status: string; source: string }) => i.status === 'draft' && i.source === 'default'),
    ).toBe(true);
    expect(await smtp.messages()).toHaveLength(0);
  });

  it('scheduling then rescheduling yields two messages per invitee with the same ICS UID (SEQUENCE 0, then 1); cancelling, a third with METHOD:CANCEL', async () => {
    const d = scheduled();
    await publish(producer, env.conferenceTopic, agenda.scheduled(d));
    await waitFor(async () => (await svc.http.get(`/conferences/${d.conferenceId}/guests`)).body?.total === 3, {
      what: 'the draft list',
    });
    const sent = await svc.http.post(`/conferences/${d.conferenceId}/invitations/send`, {});
    expect(sent.status).toBe(200);
    expect(sent.body.sent).toHaveLength(3);
    for (const o of SON_LA_OFFICIALS)
      await waitFor(async () => (await mailsTo(o.email)).length >= 1, { what: `the invitation to ${o.email}` });

    await publish(
      producer,
      env.conferenceTopic,
      agenda.rescheduled(d, '2024-03-05T01:00:00.000Z', '2024-03-05T04:30:00.000Z'),
    );
    for (const o of SON_LA_OFFICIALS) {
      const [first, second] = await waitFor(
        async () => {
          const got = await mailsTo(o.email);
          return got.length >= 2 ? got : undefined;
        },
        { what: `the update to ${o.email}` },
      );
      expect(first!.parsed.subject).toBe(`Giấy mời: ${d.title}`);
      expect(second!.parsed.subject).toBe(`Thay đổi thời gian: ${d.title}`);
      expect(mail.icsField(first!, 'UID')).toBeTruthy();
      expect(mail.icsField(second!, 'UID')).toBe(mail.icsField(first!, 'UID'));
      expect([mail.icsField(first!, 'SEQUENCE'), mail.icsField(second!, 'SEQUENCE')]).toEqual(['0', '1']);
      expect([mail.icsField(first!, 'METHOD'), mail.icsField(second!, 'METHOD')]).toEqual(['REQUEST', 'REQUEST']);
      expect(mail.icsField(second!, 'DTSTART')).toBe('20240305T010000Z');
      expect(second!.parsed.text).toContain('Thời gian: 08 giờ 00, thứ Ba, ngày 05 tháng 3 năm 2024');
      expect(second!.parsed.text).toContain(
        'Thời gian cũ (không còn hiệu lực): 08 giờ 00, thứ Năm, ngày 29 tháng 02 năm 2024.',
      );
    }

    await publish(producer, env.conferenceTopic, agenda.cancelled(d.conferenceId));
    for (const o of SON_LA_OFFICIALS) {
      const all = await waitFor(
        async () => {
          const got = await mailsTo(o.email);
          return got.length >= 3 ? got : undefined;
        },
        { what: `the cancellation to ${o.email}` },
      );
      const [first, , cancel] = all;
      expect(cancel!.parsed.subject).toBe(`Thông báo hủy: ${d.title}`);
      expect(mail.icsField(cancel!, 'METHOD')).toBe('CANCEL');
      expect(mail.icsField(cancel!, 'STATUS')).toBe('CANCELLED');
      expect(mail.icsField(cancel!, 'UID')).toBe(mail.icsField(first!, 'UID'));
      expect(mail.icsField(cancel!, 'SEQUENCE')).toBe('2');
    }

    // on the wire: invitation, update, cancellation per invitee, valid against the contract
    const events = await waitFor(
      () => {
        const mine = recorder
          .ofType('invitations.invitation-sent.v1')
          .map((m) => JSON.parse(m.value!))
          .filter((e) => e.conferenceId === d.conferenceId);
        return mine.length >= 9 ? mine : undefined;
      },
      { what: 'nine invitation-sent events' },
    );
    for (const e of events) expect(validateEventData('invitations.invitation-sent.v1', e).ok).toBe(true);
    const hung = events.filter((e) => e.guest.name === 'Nguyễn Thái Hưng');
    expect(hung.map((e) => [e.kind, e.sequence])).toEqual([
      ['invitation', 0],
      ['update', 1],
      ['cancellation', 2],
    ]);
    expect(hung[0].guest.precedence).toBeLessThan(
      events.find((e) => e.guest.name === 'Tráng Thị Xuân').guest.precedence,
    );

    const list = (await svc.http.get(`/conferences/${d.conferenceId}/guests`)).body;
    expect(list.items.map((i: { status: string }) => i.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('a duplicate or stale agenda event sends nothing more', async () => {
    const d = scheduled();
    const t0 = new Date();
    await publish(producer, env.conferenceTopic, agenda.scheduled(d, t0));
    await waitFor(async () => (await svc.http.get(`/conferences/${d.conferenceId}/guests`)).body?.total === 3);
    await svc.http.post(`/conferences/${d.conferenceId}/invitations/send`, {});
    const move = agenda.rescheduled(
      d,
      '2024-03-07T01:00:00.000Z',
      '2024-03-07T04:00:00.000Z',
      'Điều chỉnh lịch',
      new Date(t0.getTime() + 1000),
    );
    const stale = agenda.rescheduled(
      d,
      '2024-03-01T01:00:00.000Z',
      '2024-03-01T04:00:00.000Z',
      'cũ',
      new Date(t0.getTime() + 500),
    );
    await publish(producer, env.conferenceTopic, move);
    await publish(producer, env.conferenceTopic, move); // redelivered
    await publish(producer, env.conferenceTopic, stale); // an older reschedule arriving late must not move it back
    await waitFor(async () => (await env.processed([move.id, stale.id])) === 2, { what: 'both reschedules handled' });
    const invitations = (await svc.http.get(`/conferences/${d.conferenceId}/guests`)).body.items;
    for (const inv of invitations) {
      await waitFor(async () => (await svc.http.get(`/mail?invitationId=${inv.id}&status=pending`)).body.total === 0);
      const mails = (await svc.http.get(`/mail?invitationId=${inv.id}`)).body.items;
      expect(mails.map((m: { purpose: string }) => m.purpose).sort()).toEqual(['invitation', 'update']);
      expect(inv.sequence).toBe(1);
    }
    const conf = (await svc.http.get(`/conferences/${d.conferenceId}`)).body;
    expect(conf.startsAt).toBe('2024-03-07T01:00:00.000Z');
  });
  it('ends at the same time and place whatever the order the agenda events arrive in: the place of the latest event that names one', async () => {
    const t0 = Date.now();
    const hall = { name: 'Hội trường Tỉnh ủy Sơn La', address: 'Số 2 đường Tô Hiệu' };
    const arrivals = (['in order', 'backwards'] as const).map((order) => {
      const d = scheduled();
      const schedule = agenda.scheduled(d, new Date(t0));
      const toHall = agenda.rescheduled(
        d,
        '2024-03-05T01:00:00.000Z',
        '2024-03-05T04:30:00.000Z',
        'Đổi hội trường',
        new Date(t0 + 1000),
      );
      toHall.data.venue = hall;
      const dayLater = agenda.rescheduled(
        d,
        '2024-03-06T01:00:00.000Z',
        '2024-03-06T04:30:00.000Z',
        'Lùi một ngày',
        new Date(t0 + 2000),
      ); // says no place
      return { d, events: order === 'in order' ? [schedule, toHall, dayLater] : [dayLater, toHall, schedule] };
    });
    for (const { events } of arrivals) for (const e of events) await publish(producer, env.conferenceTopic, e);
    await waitFor(async () => (await env.processed(arrivals.flatMap((a) => a.events.map((e) => e.id)))) === 6, {
      what: 'the six agenda events handled',
    });
    for (const { d } of arrivals) {
      expect((await svc.http.get(`/conferences/${d.conferenceId}`)).body).toMatchObject({
        startsAt: '2024-03-06T01:00:00.000Z',
        venue: hall,
      });
    }
  });
});
