import type { Producer } from 'kafkajs';
import { SmtpSink, testKafka, waitFor } from '@tdkt/testing';
import { ReminderScheduler } from '../src/invitations/reminder.scheduler';
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
 * Reminders 3 days and 1 day before (REMINDER_OFFSETS=3d,1d), by a clock the test moves: sent
 * once, not to those who declined, to the substitute when one was named, and still sent after a
 * restart of the service.
 */
describe('reminders before the conference', () => {
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  let producer: Producer;
  const conf = scheduled(); // 08:00 on 29/2/2024 in Sơn La
  const inv: Record<string, string> = {};
  const people = [
    { key: 'accepts', name: 'Nguyễn Hữu Đông', titles: ['Bí thư Tỉnh ủy'], email: 'dong.nh@sonla.gov.vn' },
    {
      key: 'declines',
      name: 'Hoàng Quốc Khánh',
      titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
      email: 'khanh.hq@sonla.gov.vn',
    },
    { key: 'silent', name: 'Lê Hồng Minh', titles: ['Phó Chủ tịch UBND tỉnh'], email: 'minh.lh@sonla.gov.vn' },
    { key: 'sends', name: 'Đặng Ngọc Hậu', titles: ['Phó Chủ tịch UBND tỉnh'], email: 'hau.dn@sonla.gov.vn' },
  ];
  const reminders = async (address: string) =>
    (await smtp.messages()).filter((m) => mail.to(m) === address && m.parsed.subject?.startsWith('Nhắc lịch'));

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    env = await invitationsEnvironment('inv_reminders', smtp, '2024-02-01T01:00:00Z');
    svc = await startInvitations(env, { REMINDER_OFFSETS: '3d,1d' });
    producer = testKafka().producer();
    await producer.connect();
    await publish(producer, env.conferenceTopic, agenda.scheduled(conf));
    await waitFor(async () => (await svc.http.get(`/conferences/${conf.conferenceId}`)).status === 200);
    const ids = [];
    for (const { key: _key, ...p } of people) ids.push((await svc.http.post('/guests', p)).body.id);
    const r = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, { guestIds: ids, send: true });
    expect(r.body.dispatch.sent).toHaveLength(4);
    for (const i of (await svc.http.get(`/conferences/${conf.conferenceId}/guests`)).body.items)
      inv[people.find((p) => p.name === i.guest.name)!.key] = i.id;
    await svc.http.post(`/invitations/${inv.accepts}/rsvp`, { answer: 'accepted' });
    await svc.http.post(`/invitations/${inv.declines}/rsvp`, { answer: 'declined' });
    await svc.http.post(`/invitations/${inv.sends}/rsvp`, {
      answer: 'substitute',
      substitute: { name: 'Trần Văn Sáu', titles: ['Chánh Văn phòng UBND tỉnh'], email: 'sau.tv@sonla.gov.vn' },
    });
    await smtp.waitForMessages(4);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await svc?.stop();
    await env?.drop();
    await smtp?.dispose();
  });

  it('nothing before its time', async () => {
    env.clock.set('2024-02-26T00:59:00Z');
    expect(await svc.app.get(ReminderScheduler).runOnce()).toBe(0);
    expect((await smtp.messages()).filter((m) => m.parsed.subject?.startsWith('Nhắc lịch'))).toHaveLength(0);
  });

  it('3 days before: to those who accepted or did not answer, to the substitute, not to who declined', async () => {
    env.clock.set('2024-02-26T01:00:30Z');
    await waitFor(
      async () =>
        (await reminders('dong.nh@sonla.gov.vn')).length === 1 &&
        (await reminders('minh.lh@sonla.gov.vn')).length === 1 &&
        (await reminders('sau.tv@sonla.gov.vn')).length === 1,
      { what: 'the 3-day reminders' },
    );
    const [toSubstitute] = await reminders('sau.tv@sonla.gov.vn');
    expect(toSubstitute!.parsed.text).toContain('Kính gửi: Đồng chí Trần Văn Sáu, Chánh Văn phòng UBND tỉnh');
    expect(toSubstitute!.parsed.subject).toBe(`Nhắc lịch: ${conf.title}`);
    expect(await reminders('khanh.hq@sonla.gov.vn')).toHaveLength(0);
    expect(await reminders('hau.dn@sonla.gov.vn')).toHaveLength(0);
    const declined = (await svc.http.get(`/invitations/${inv.declines}`)).body.reminders;
    expect(declined.map((r: { status: string; outcome: string }) => [r.status, r.outcome])).toEqual([
      ['skipped', 'skip-declined'],
      ['pending', null],
    ]);
  });

  it('survive a restart: the 1-day reminders come from the next instance, and none is ever sent twice', async () => {
    await svc.stop();
    env.clock.set('2024-02-28T02:00:00Z');
    svc = await startInvitations(env, { REMINDER_OFFSETS: '3d,1d' });
    // three rounds at once besides the instance's own loop: each reminder is still decided once
    const scheduler = svc.app.get(ReminderScheduler);
    await Promise.all([scheduler.runOnce(), scheduler.runOnce(), scheduler.runOnce()]);
    await waitFor(
      async () =>
        (await reminders('dong.nh@sonla.gov.vn')).length === 2 &&
        (await reminders('minh.lh@sonla.gov.vn')).length === 2 &&
        (await reminders('sau.tv@sonla.gov.vn')).length === 2,
      { what: 'the 1-day reminders' },
    );
    env.clock.set('2024-02-28T23:00:00Z');
    expect(await svc.app.get(ReminderScheduler).runOnce()).toBe(0);
    await waitFor(async () => (await svc.http.get('/mail?status=pending')).body.total === 0);
    for (const address of ['dong.nh@sonla.gov.vn', 'minh.lh@sonla.gov.vn', 'sau.tv@sonla.gov.vn'])
      expect(await reminders(address)).toHaveLength(2);
    expect(await reminders('khanh.hq@sonla.gov.vn')).toHaveLength(0);
    const accepted = (await svc.http.get(`/invitations/${inv.accepts}`)).body.reminders;
    expect(accepted.map((r: { offsetMinutes: number; status: string }) => [r.offsetMinutes, r.status])).toEqual([
      [4320, 'sent'],
      [1440, 'sent'],
    ]);
  });
});
