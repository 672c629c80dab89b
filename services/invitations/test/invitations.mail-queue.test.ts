import type { Producer } from 'kafkajs';
import { SmtpSink, TopicRecorder, testKafka, waitFor } from '@tdkt/testing';
import {
  agenda,
  invitationsEnvironment,
  mail,
  publish,
  scheduled,
  startInvitations,
  type InvitationsEnvironment,
} from './invitations-app.harness';

/**
 * The mail queue against a real SMTP server process taken down and brought back: an invitation
 * is never lost, is marked sent (and published) only once the server accepted it, survives a
 * restart of the service, and a mailbox the server refuses for good is not retried forever.
 */
describe('the mail queue: SMTP outages, restarts, refusals', () => {
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let producer: Producer;
  let recorder: TopicRecorder;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  const conf = scheduled();

  beforeAll(async () => {
    smtp = await SmtpSink.start({ rejectRecipients: '^khong-ton-tai@' });
    env = await invitationsEnvironment('inv_mailq', smtp);
    svc = await startInvitations(env); // creates its topics
    recorder = await TopicRecorder.start([env.invitationTopic]);
    producer = testKafka().producer();
    await producer.connect();
    await publish(producer, env.conferenceTopic, agenda.scheduled(conf));
    await waitFor(async () => (await svc.http.get(`/conferences/${conf.conferenceId}`)).status === 200);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await recorder?.stop();
    await svc?.stop();
    await env?.drop();
    await smtp?.dispose();
  });

  const sentEvents = (invitationId: string) =>
    recorder.ofType('invitations.invitation-sent.v1').filter((m) => m.key === invitationId);

  it('keeps an invitation queued while the SMTP server is down and sends it, once, when it returns', async () => {
    {
      const guest = (
        await svc.http.post('/guests', {
          name: 'Cầm Ngọc Minh',
          titles: ['Ủy viên Ban Thường vụ Tỉnh ủy'],
          email: 'minh.cn@sonla.gov.vn',
        })
      ).body;
      await smtp.stop();
      const r = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, {
        guestIds: [guest.id],
        send: true,
      });
      expect(r.body.dispatch.sent).toHaveLength(1);
      const id = r.body.added[0];
      const failing = await waitFor(
        async () => {
          const q = (await svc.http.get(`/mail?invitationId=${id}`)).body.items[0];
          return q?.attempts >= 2 ? q : undefined;
        },
        { what: 'failed attempts while the server is down' },
      );
      expect(failing).toMatchObject({ status: 'pending', purpose: 'invitation' });
      expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(sentEvents(id)).toHaveLength(0); // not sent: not published

      await smtp.start();
      const [m] = await smtp.waitForMessages(1, (x) => mail.to(x) === 'minh.cn@sonla.gov.vn');
      expect(m!.parsed.subject).toBe(`Giấy mời: ${conf.title}`);
      await waitFor(async () => (await svc.http.get(`/mail?invitationId=${id}`)).body.items[0].status === 'sent');
      await waitFor(() => sentEvents(id).length === 1);
      expect((await smtp.messages()).filter((x) => mail.to(x) === 'minh.cn@sonla.gov.vn')).toHaveLength(1);
    }
  });

  it('resumes after a restart of the service: what was queued is sent by the next instance', async () => {
    const guest = (
      await svc.http.post('/guests', {
        name: 'Hoàng Văn Chất',
        titles: ['Bí thư Tỉnh ủy'],
        email: 'chat.hv@sonla.gov.vn',
      })
    ).body;
    await smtp.stop();
    const r = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, {
      guestIds: [guest.id],
      send: true,
    });
    const id = r.body.added[0];
    await waitFor(async () => (await svc.http.get(`/mail?invitationId=${id}`)).body.items[0]?.attempts >= 1);
    await svc.stop(); // the service goes away with the mail still queued
    await smtp.start();
    svc = await startInvitations(env);
    await smtp.waitForMessages(1, (x) => mail.to(x) === 'chat.hv@sonla.gov.vn');
    await waitFor(async () => (await svc.http.get(`/mail?invitationId=${id}`)).body.items[0].status === 'sent');
    await waitFor(() => sentEvents(id).length === 1);
    expect((await smtp.messages()).filter((x) => mail.to(x) === 'chat.hv@sonla.gov.vn')).toHaveLength(1);
  });

  it('marks a mailbox refused for good (550) as failed, publishes nothing, and goes on with the others', async () => {
    {
      const nobody = (await svc.http.post('/guests', { name: 'Địa chỉ sai', email: 'khong-ton-tai@sonla.gov.vn' }))
        .body;
      const other = (
        await svc.http.post('/guests', {
          name: 'Lường Văn Hậu',
          titles: ['Giám đốc Sở Nội vụ'],
          email: 'hau.lv@sonla.gov.vn',
        })
      ).body;
      const r = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, {
        guestIds: [nobody.id, other.id],
        send: true,
      });
      expect(r.body.dispatch.sent).toHaveLength(2);
      await smtp.waitForMessages(1, (x) => mail.to(x) === 'hau.lv@sonla.gov.vn');
      const failed = await waitFor(async () => (await svc.http.get('/mail?status=failed')).body.items[0]);
      expect(failed).toMatchObject({ to: { address: 'khong-ton-tai@sonla.gov.vn' }, attempts: 1 });
      expect(failed.lastError).toContain('550');
      expect(sentEvents(failed.invitationId)).toHaveLength(0);
    }
  });
});
