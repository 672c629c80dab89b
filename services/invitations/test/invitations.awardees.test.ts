import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { AwardConferredData } from '@tdkt/contracts';
import { SmtpSink, TopicRecorder, testKafka, waitFor } from '@tdkt/testing';
import {
  agenda,
  awards,
  invitationsEnvironment,
  mail,
  publish,
  scheduled,
  startInvitations,
  type InvitationsEnvironment,
} from './invitations-app.harness';

/** awards.award-conferred / -revoked (the registry's events on Kafka) → awardees join and leave the guest list. */
describe('awardees join the guest list', () => {
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  let producer: Producer;
  let recorder: TopicRecorder;
  const conf = scheduled();

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    env = await invitationsEnvironment('inv_awardees', smtp);
    svc = await startInvitations(env);
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

  const award = (
    recipient: AwardConferredData['recipient'],
    over: Partial<AwardConferredData> = {},
  ): AwardConferredData => ({
    awardId: randomUUID(),
    decision: { decisionId: randomUUID(), number: '15/QĐ-TTg', date: '2024-01-20', authority: 'Thủ tướng Chính phủ' },
    awardType: {
      code: 'BANG_KHEN_THU_TUONG',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      family: 'award-form',
      rank: 320,
      conferringAuthority: 'Thủ tướng Chính phủ',
    },
    recipient,
    conferenceId: conf.conferenceId,
    presentedOnBehalfOf: 'thừa ủy quyền của Thủ tướng Chính phủ',
    ...over,
  });
  const listed = async () => (await svc.http.get(`/conferences/${conf.conferenceId}/guests`)).body.items as any[];
  const byRecipient = async (recipientId: string) =>
    (await listed()).filter((i) => i.guest.recipientId === recipientId);

  it('an individual awardee joins once, whatever the duplicates; is invited as soon as an address is given', async () => {
    const recipientId = randomUUID();
    const a = award({
      recipientId,
      kind: 'individual',
      name: 'Đặng Thị Hồng Nhung',
      titles: ['Giáo viên'],
      unit: 'Trường THPT Chiềng Sinh',
    });
    const e = awards.conferred(a);
    await publish(producer, env.awardTopic, e);
    await publish(producer, env.awardTopic, e); // redelivered
    // a second award for the same person at the same conference: still one guest
    await publish(
      producer,
      env.awardTopic,
      awards.conferred(
        award(
          { recipientId, kind: 'individual', name: 'Đặng Thị Hồng Nhung' },
          { awardType: { ...a.awardType, code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh', rank: 410 } },
        ),
      ),
    );
    await waitFor(
      async () =>
        (await env.sql('SELECT count(*)::int AS n FROM awardees WHERE recipient_id = $1', [recipientId]))[0].n === 2,
      { what: 'both awards handled' },
    );
    const [inv, ...more] = await byRecipient(recipientId);
    expect(more).toHaveLength(0);
    expect(inv).toMatchObject({
      status: 'draft',
      source: 'award',
      guest: { name: 'Đặng Thị Hồng Nhung', organization: 'Trường THPT Chiềng Sinh', email: null },
    });

    const patched = await svc.http.patch(`/guests/${inv.guest.id}`, { email: 'nhung.dth@sonla.edu.vn' });
    expect(patched.status).toBe(200);
    expect(patched.body.invited).toEqual([inv.id]);
    const [m] = await smtp.waitForMessages(1, (x) => mail.to(x) === 'nhung.dth@sonla.edu.vn');
    expect(m!.parsed.text).toContain('Kính gửi: Đồng chí Đặng Thị Hồng Nhung, Giáo viên');
    expect((await byRecipient(recipientId))[0].status).toBe('invited');
    const bad = await svc.http.patch(`/guests/${inv.guest.id}`, { email: 'nhung.dth@' });
    expect(bad.status).toBe(400);
  });

  it('a collective is invited through the representative the organizer names', async () => {
    const recipientId = randomUUID();
    await publish(
      producer,
      env.awardTopic,
      awards.conferred(
        award(
          { recipientId, kind: 'collective', name: 'Sở Nội vụ tỉnh Sơn La' },
          {
            awardType: {
              code: 'CO_THI_DUA_CHINH_PHU',
              name: 'Cờ thi đua của Chính phủ',
              family: 'award-form',
              rank: 300,
              conferringAuthority: 'Chính phủ',
            },
          },
        ),
      ),
    );
    const [inv] = await waitFor(async () => {
      const r = await byRecipient(recipientId);
      return r.length ? r : undefined;
    });
    expect(inv).toMatchObject({ status: 'draft', guest: { kind: 'collective' }, representative: null });
    const send = await svc.http.post(`/conferences/${conf.conferenceId}/invitations/send`, { invitationIds: [inv.id] });
    expect(send.body.waiting).toEqual([
      { invitationId: inv.id, guestName: 'Sở Nội vụ tỉnh Sơn La', reason: 'no-representative' },
    ]);
    const noMail = await svc.http.put(`/invitations/${inv.id}/representative`, {
      name: 'Lê Văn Chính',
      titles: ['Phó Giám đốc Sở Nội vụ'],
    });
    expect(noMail.status).toBe(400);
    const named = await svc.http.put(`/invitations/${inv.id}/representative`, {
      name: 'Lê Văn Chính',
      titles: ['Phó Giám đốc Sở Nội vụ'],
      email: 'chinh.lv@sonla.gov.vn',
    });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({
      status: 'invited',
      representative: { name: 'Lê Văn Chính', email: 'chinh.lv@sonla.gov.vn' },
    });
    const [m] = await smtp.waitForMessages(1, (x) => mail.to(x) === 'chinh.lv@sonla.gov.vn');
    expect(m!.parsed.text).toContain(
      'Kính gửi: Đồng chí Lê Văn Chính, Phó Giám đốc Sở Nội vụ, đại diện Sở Nội vụ tỉnh Sơn La',
    );
  });

  it('a revoked award withdraws its awardee (the calendar entry is cancelled); a revocation that came first keeps them off', async () => {
    const recipientId = randomUUID();
    const a = award({
      recipientId,
      kind: 'individual',
      name: 'Quàng Văn Bình',
      titles: ['Chủ tịch UBND xã Chiềng Mung'],
    });
    await publish(producer, env.awardTopic, awards.conferred(a));
    const [inv] = await waitFor(async () => {
      const r = await byRecipient(recipientId);
      return r.length ? r : undefined;
    });
    await svc.http.patch(`/guests/${inv.guest.id}`, { email: 'binh.qv@sonla.gov.vn' });
    const [invitation] = await smtp.waitForMessages(1, (x) => mail.to(x) === 'binh.qv@sonla.gov.vn');
    const revoked = {
      awardId: a.awardId,
      awardType: a.awardType,
      recipient: a.recipient,
      conferenceId: conf.conferenceId,
      reason: 'Kê khai thành tích không trung thực',
      revokingDecision: {
        decisionId: randomUUID(),
        number: '40/QĐ-TTg',
        date: '2024-02-10',
        authority: 'Thủ tướng Chính phủ',
      },
    };
    await publish(producer, env.awardTopic, awards.revoked(revoked));
    const [, cancel] = await smtp.waitForMessages(2, (x) => mail.to(x) === 'binh.qv@sonla.gov.vn');
    expect(mail.icsField(cancel!, 'METHOD')).toBe('CANCEL');
    expect(mail.icsField(cancel!, 'UID')).toBe(mail.icsField(invitation!, 'UID'));
    expect((await byRecipient(recipientId))[0].status).toBe('withdrawn');
    await waitFor(() =>
      recorder
        .ofType('invitations.invitation-sent.v1')
        .some((m) => m.key === inv.id && JSON.parse(m.value!).kind === 'cancellation'),
    );

    // revoked before its conferment arrived (another partition, a replay): never joins
    const late = award({ recipientId: randomUUID(), kind: 'individual', name: 'Sồng A Lử' });
    await publish(
      producer,
      env.awardTopic,
      awards.revoked({ ...revoked, awardId: late.awardId, recipient: late.recipient }),
    );
    const conferred = awards.conferred(late);
    await publish(producer, env.awardTopic, conferred);
    await waitFor(async () => (await env.processed([conferred.id])) === 1);
    expect(await byRecipient(late.recipient.recipientId)).toHaveLength(0);
  });

  it('an award for a conference the agenda has not announced yet waits; the scheduled event sends it', async () => {
    const later = scheduled();
    const recipientId = randomUUID();
    await publish(
      producer,
      env.awardTopic,
      awards.conferred(
        award({ recipientId, kind: 'individual', name: 'Lò Văn Piếng' }, { conferenceId: later.conferenceId }),
      ),
    );
    await waitFor(
      async () =>
        (await env.sql('SELECT count(*)::int AS n FROM awardees WHERE recipient_id = $1', [recipientId]))[0].n === 1,
    );
    const [{ guest_id: guestId }] = await env.sql('SELECT guest_id FROM invitations WHERE conference_id = $1', [
      later.conferenceId,
    ]);
    const patched = await svc.http.patch(`/guests/${guestId}`, { email: 'pieng.lv@sonla.gov.vn' });
    expect(patched.body.invited).toEqual([]); // no time, no place yet: nothing to invite to
    await publish(producer, env.conferenceTopic, agenda.scheduled(later));
    const [m] = await smtp.waitForMessages(1, (x) => mail.to(x) === 'pieng.lv@sonla.gov.vn');
    expect(m!.parsed.subject).toBe(`Giấy mời: ${later.title}`);
  });
});
