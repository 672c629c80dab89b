import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Producer } from 'kafkajs';
import { validateEventData } from '@tdkt/contracts';
import { SmtpSink, TopicRecorder, testKafka, waitFor, type ReceivedMail } from '@tdkt/testing';
import { checkInQrPng, checkInToken } from '../src/invitations/domain/check-in-qr';
import { verifyToken } from '../src/invitations/domain/signed-token';
import {
  agenda,
  invitationsEnvironment,
  TEST_RSVP_SECRET,
  mail,
  publish,
  scheduled,
  SON_LA_OFFICIALS,
  SON_LA_ORG,
  startInvitations,
  type InvitationsEnvironment,
} from './invitations-app.harness';

describe('invitations service over HTTP (real PostgreSQL, Kafka and SMTP server)', () => {
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  let producer: Producer;
  let recorder: TopicRecorder;
  const conf = scheduled();
  const guests: Record<string, string> = {};
  const invitationOf: Record<string, string> = {};
  const firstMail: Record<string, ReceivedMail> = {};

  const onWire = (type: string, pred: (d: any) => boolean = () => true) =>
    recorder
      .ofType(type)
      .map((m) => ({ m, d: JSON.parse(m.value!) }))
      .filter((x) => pred(x.d));
  const mailsTo = async (address: string) => (await smtp.messages()).filter((m) => mail.to(m) === address);
  const invitation = async (id: string) => (await svc.http.get(`/invitations/${id}`)).body;
  const answer = (token: string, body: unknown) => svc.http.post(`/rsvp/${token}`, body);

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    env = await invitationsEnvironment('inv_component', smtp);
    svc = await startInvitations(env);
    recorder = await TopicRecorder.start([env.invitationTopic]);
    producer = testKafka().producer();
    await producer.connect();
    await publish(producer, env.conferenceTopic, agenda.scheduled(conf));
    await waitFor(async () => (await svc.http.get(`/conferences/${conf.conferenceId}`)).status === 200, {
      what: 'the conference projection',
    });
  });

  afterAll(async () => {
    await producer.disconnect();
    await recorder.stop();
    await svc.stop();
    await env.drop();
    await smtp.dispose();
  });

  describe('guests and protocol order', () => {
    it('registers guests with several titles; refuses an invalid e-mail (400) and a second guest with the same address (409)', async () => {
      for (const o of SON_LA_OFFICIALS) {
        const r = await svc.http.post('/guests', o);
        expect(r.status).toBe(201);
        guests[o.name] = r.body.id;
      }
      const bad = await svc.http.post('/guests', {
        name: 'Lò Văn Mừng',
        titles: ['Phó Chủ tịch UBND tỉnh'],
        email: 'muong@sonla',
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
      // finding 9: a NUL in a name reached PostgreSQL (a 500); now a 400 naming the field
      const nul = await svc.http.post('/guests', { name: 'Lò Văn\u0000Mừng' });
      expect(nul.status).toBe(400);
      expect(nul.body.errors[0]).toMatchObject({ field: 'name', code: 'controlCharacter' });
      const dup = await svc.http.post('/guests', { name: 'Người khác', email: 'HUNG.NT@sonla.gov.vn' });
      expect(dup.status).toBe(409);
      expect(dup.body.vi.detail).toContain('Nguyễn Thái Hưng');
      expect((await svc.http.get('/guests?q=nguyen thai')).body.items.map((g: { name: string }) => g.name)).toEqual([
        'Nguyễn Thái Hưng',
      ]);
    });

    it('reads one guest (404 for an unknown one) and one invitation (404 for an unknown one)', async () => {
      const created = await svc.http.post('/guests', {
        name: 'Hà Thị Nguyệt',
        titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'],
        organization: 'UBND tỉnh Sơn La',
      });
      const one = await svc.http.get(`/guests/${created.body.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(created.body);
      const unknown = '6f1c2b1e-4d3a-4b8e-9c55-0f8f2a9d7e11';
      for (const res of [await svc.http.get(`/guests/${unknown}`), await svc.http.get(`/invitations/${unknown}`)]) {
        expect(res.status).toBe(404);
        expect(res.body.en.detail).toContain(unknown);
      }
    });

    it("answers the settings as stored: an organization's table (cleaned; empty falls back), the default table, default guests (deduplicated; an unknown guest 404)", async () => {
      const org = '3b9f4c2a-7e51-4d0b-8a6f-2c1d9e8b7a10';
      const own = await svc.http.put(`/organizations/${org}/precedence-table`, {
        rules: [{ pattern: '  Chủ tịch   UBND tỉnh ', rank: 5 }],
      });
      expect(own.status).toBe(200);
      expect(own.body).toEqual({ scope: org, rules: [{ pattern: 'Chủ tịch UBND tỉnh', rank: 5 }] });
      expect((await svc.http.get(`/organizations/${org}/precedence-table`)).body).toEqual(own.body);
      expect((await svc.http.put(`/organizations/${org}/precedence-table`, { rules: [] })).body).toEqual({
        scope: org,
        rules: [],
      });
      const def = (await svc.http.get('/precedence-tables/default')).body;
      expect(def.scope).toBe('default');
      expect((await svc.http.get(`/organizations/${org}/precedence-table`)).body).toEqual(def);
      const same = await svc.http.put('/precedence-tables/default', { rules: def.rules });
      expect(same.status).toBe(200);
      expect(same.body).toEqual(def);

      const g = (await svc.http.post('/guests', { name: 'Cầm Văn Chính', titles: ['Giám đốc Sở Nội vụ'] })).body.id;
      const unknown = '0d7e6c5b-4a39-4281-9f0e-1d2c3b4a5968';
      const refused = await svc.http.put(`/organizations/${org}/default-guests`, { guestIds: [g, unknown] });
      expect(refused.status).toBe(404);
      expect(refused.body.en.detail).toContain(unknown);
      expect((await svc.http.get(`/organizations/${org}/default-guests`)).body).toEqual({
        organizationId: org,
        guestIds: [],
      });
      const set = await svc.http.put(`/organizations/${org}/default-guests`, { guestIds: [g, g] });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ organizationId: org, guestIds: [g] });
      expect((await svc.http.get(`/organizations/${org}/default-guests`)).body).toEqual(set.body);
    });

    it("keeps protocol order as data: the default table, and an organization's own (a bad one refused, nothing changed)", async () => {
      const def = (await svc.http.get('/precedence-tables/default')).body;
      expect(def.rules[0]).toEqual({ pattern: 'Ủy viên Bộ Chính trị', rank: 1 });
      expect((await svc.http.get(`/organizations/${SON_LA_ORG}/precedence-table`)).body.scope).toBe('default');
      const broken = await svc.http.put(`/organizations/${SON_LA_ORG}/precedence-table`, {
        rules: [
          { pattern: 'Chủ tịch UBND tỉnh', rank: 1 },
          { pattern: 'Chủ tịch Ủy ban nhân dân tỉnh', rank: 2 },
        ],
      });
      expect(broken.status).toBe(400);
      expect(broken.body.errors[0].field).toBe('rules[1]');
      expect((await svc.http.get(`/organizations/${SON_LA_ORG}/precedence-table`)).body.scope).toBe('default');
    });

    it("shows the guest list in protocol order, by the organizer's table when it has one", async () => {
      const r = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, {
        guestIds: Object.values(guests),
      });
      expect(r.status).toBe(201);
      expect(r.body.added).toHaveLength(3);
      const names = async () =>
        (await svc.http.get(`/conferences/${conf.conferenceId}/guests`)).body.items.map(
          (i: { guest: { name: string } }) => i.guest.name,
        );
      expect(await names()).toEqual(['Nguyễn Thái Hưng', 'Vi Đức Thọ', 'Tráng Thị Xuân']);
      const own = [
        ...(await svc.http.get('/precedence-tables/default')).body.rules.filter(
          (x: { pattern: string }) => x.pattern !== 'Phó Chủ tịch Thường trực UBND tỉnh',
        ),
        { pattern: 'Phó Chủ tịch Thường trực UBND tỉnh', rank: 115 },
      ];
      expect((await svc.http.put(`/organizations/${SON_LA_ORG}/precedence-table`, { rules: own })).status).toBe(200);
      expect(await names()).toEqual(['Nguyễn Thái Hưng', 'Tráng Thị Xuân', 'Vi Đức Thọ']); // as the Sơn La article prints them
      const again = await svc.http.post(`/conferences/${conf.conferenceId}/invitations`, {
        guestIds: [guests['Vi Đức Thọ']],
      });
      expect(again.body).toMatchObject({ added: [], alreadyOnList: [expect.any(String)] });
      for (const i of (await svc.http.get(`/conferences/${conf.conferenceId}/guests`)).body.items)
        invitationOf[i.guest.name] = i.id;
    });
  });

  describe('sending and answering', () => {
    it('sends real e-mails in Vietnamese with the ICS, RSVP links and the check-in QR code; invitation-sent follows the SMTP acceptance', async () => {
      const sent = await svc.http.post(`/conferences/${conf.conferenceId}/invitations/send`, {});
      expect(sent.body.sent).toHaveLength(3);
      for (const o of SON_LA_OFFICIALS) {
        const [m] = await waitFor(async () => ((await mailsTo(o.email)).length ? mailsTo(o.email) : undefined), {
          what: `mail to ${o.email}`,
        });
        firstMail[o.name] = m!;
      }
      const m = firstMail['Nguyễn Thái Hưng']!;
      expect(m.parsed.subject).toBe(`Giấy mời: ${conf.title}`);
      expect(m.parsed.text).toContain(
        'Kính gửi: Đồng chí Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh',
      );
      expect(m.parsed.text).toContain('Thời gian: 08 giờ 00, thứ Năm, ngày 29 tháng 02 năm 2024');
      expect(m.parsed.html).toContain('Xác nhận tham dự');
      expect(mail.icsField(m, 'METHOD')).toBe('REQUEST');
      expect(mail.icsField(m, 'UID')).toBe(`${invitationOf['Nguyễn Thái Hưng']}@tdkt.test`);
      expect(mail.qrPng(m)?.contentId).toBeTruthy();
      const events = await waitFor(() => {
        const e = onWire('invitations.invitation-sent.v1', (d) => d.conferenceId === conf.conferenceId);
        return e.length === 3 ? e : undefined;
      });
      for (const { m: msg, d } of events) {
        expect(validateEventData(msg.headers.ce_type!, d).ok).toBe(true);
        expect(msg.key).toBe(d.invitationId);
      }
      expect(
        (await svc.http.get(`/mail?status=sent&invitationId=${invitationOf['Nguyễn Thái Hưng']}`)).body.total,
      ).toBe(1);
    });

    it('accepts with the personal link (no login); the same answer again changes nothing; rsvp-changed once', async () => {
      const token = mail.rsvpToken(firstMail['Nguyễn Thái Hưng']!);
      const page = await svc.http.raw(`/rsvp/${token}?answer=accepted`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Nguyễn Thái Hưng');
      expect((await invitation(invitationOf['Nguyễn Thái Hưng']!)).response).toBe('pending'); // opening the link answers nothing
      const r = await answer(token, { answer: 'accepted' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ changed: true, invitation: { response: 'accepted' } });
      expect((await answer(token, { answer: 'accepted' })).body.changed).toBe(false);
      const changed = await waitFor(() =>
        onWire('invitations.rsvp-changed.v1', (d) => d.invitationId === invitationOf['Nguyễn Thái Hưng']).length
          ? onWire('invitations.rsvp-changed.v1', (d) => d.invitationId === invitationOf['Nguyễn Thái Hưng'])
          : undefined,
      );
      expect(changed).toHaveLength(1);
      expect(changed[0]!.d).toMatchObject({
        response: 'accepted',
        guest: { name: 'Nguyễn Thái Hưng', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
      });
    });

    it('refuses a forged link (400), a link used for a different answer (409) and an expired link (410); nothing changes', async () => {
      const token = mail.rsvpToken(firstMail['Nguyễn Thái Hưng']!);
      const [payload, sig] = token.split('.');
      const other = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), i: invitationOf['Vi Đức Thọ'] }),
      ).toString('base64url');
      const forged = await answer(`${other}.${sig}`, { answer: 'declined' });
      expect(forged.status).toBe(400);
      expect(forged.body.vi.title).toBe('Liên kết không hợp lệ');
      expect((await invitation(invitationOf['Vi Đức Thọ']!)).response).toBe('pending');
      const forgedPage = await svc.http.raw(`/rsvp/${other}.${sig}`);
      expect(forgedPage.status).toBe(400);
      expect(await forgedPage.text()).toContain('Liên kết không hợp lệ');

      const conflict = await answer(token, { answer: 'declined' });
      expect(conflict.status).toBe(409);
      expect(conflict.body.type).toBe('urn:tdkt:problem:rsvp-link-used');
      expect(conflict.body.vi.detail).toContain('“Tham dự”');
      expect((await invitation(invitationOf['Nguyễn Thái Hưng']!)).response).toBe('accepted');

      const expiredToken = mail.rsvpToken(firstMail['Vi Đức Thọ']!);
      env.clock.set('2024-02-29T05:00:00Z'); // the conference is over
      try {
        const expired = await answer(expiredToken, { answer: 'declined' });
        expect(expired.status).toBe(410);
        expect(expired.body.vi.title).toBe('Liên kết đã hết hạn');
      } finally {
        env.clock.set('2024-02-01T01:00:00Z');
      }
      expect((await invitation(invitationOf['Vi Đức Thọ']!)).response).toBe('pending');
      expect(onWire('invitations.rsvp-changed.v1', (d) => d.invitationId === invitationOf['Vi Đức Thọ'])).toHaveLength(
        0,
      );
    });

    it('names a substitute ("cử người dự thay"): the name is required (400, nothing changed), then recorded and published', async () => {
      const token = mail.rsvpToken(firstMail['Vi Đức Thọ']!);
      const noName = await answer(token, { answer: 'substitute' });
      expect(noName.status).toBe(400);
      expect(noName.body.errors[0].field).toBe('substitute.name');
      const blank = await answer(token, {
        answer: 'substitute',
        substitute: { name: '   ', titles: ['Phó Chủ tịch Ủy ban MTTQ tỉnh'] },
      });
      expect(blank.status).toBe(400);
      const badEmail = await answer(token, {
        answer: 'substitute',
        substitute: { name: 'Lò Thị Hoa', email: 'không-phải-email' },
      });
      expect(badEmail.status).toBe(400);
      expect((await invitation(invitationOf['Vi Đức Thọ']!)).response).toBe('pending');
      // the link was not bound by the refused answers
      const ok = await answer(token, {
        answer: 'substitute',
        substitute: { name: 'Lò Thị Hoa', titles: ['Phó Chủ tịch Ủy ban MTTQ tỉnh'], email: 'hoa.lt@sonla.gov.vn' },
      });
      expect(ok.status).toBe(200);
      expect(ok.body.invitation).toMatchObject({
        response: 'substitute',
        substitute: { name: 'Lò Thị Hoa', titles: ['Phó Chủ tịch Ủy ban MTTQ tỉnh'] },
      });
      const e = await waitFor(
        () => onWire('invitations.rsvp-changed.v1', (d) => d.invitationId === invitationOf['Vi Đức Thọ'])[0],
      );
      expect(e.d.substitute).toEqual({ name: 'Lò Thị Hoa', titles: ['Phó Chủ tịch Ủy ban MTTQ tỉnh'] });
    });

    it('lets the organizer record or change an answer (a phone call)', async () => {
      const r = await svc.http.post(`/invitations/${invitationOf['Tráng Thị Xuân']}/rsvp`, { answer: 'declined' });
      expect(r.status).toBe(200);
      expect(r.body.invitation.response).toBe('declined');
      const back = await svc.http.post(`/invitations/${invitationOf['Tráng Thị Xuân']}/rsvp`, { answer: 'accepted' });
      expect(back.body.invitation.response).toBe('accepted');
    });
  });

  describe('check-in and exports', () => {
    it('checks in by the organizer or by the QR code, per venue or connection point, once; counts per connection point', async () => {
      const [moc, songMa] = conf.connectionPoints!;
      const early = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
        invitationId: invitationOf['Nguyễn Thái Hưng'],
        site: { kind: 'venue' },
      });
      expect(early.status).toBe(409);
      expect(early.body.type).toBe('urn:tdkt:problem:check-in-closed');
      env.clock.set('2024-02-29T00:40:00Z'); // 07:40 on the day
      const byOrganizer = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
        invitationId: invitationOf['Nguyễn Thái Hưng'],
        site: { kind: 'venue' },
      });
      expect(byOrganizer.status).toBe(201);
      expect(byOrganizer.body).toMatchObject({
        method: 'organizer',
        site: { kind: 'venue', name: 'Hội trường Trung tâm Hội nghị tỉnh' },
      });
      const again = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
        invitationId: invitationOf['Nguyễn Thái Hưng'],
        site: { kind: 'venue' },
      });
      expect(again.status).toBe(200);
      expect(again.body.alreadyCheckedIn).toBe(true);

      // the QR code in the mail is a signed token: the scanner reads its text
      const qrText = await decodeQrToken(firstMail['Vi Đức Thọ']!);
      const byQr = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
        qrToken: qrText,
        site: { kind: 'connection-point', siteId: moc!.connectionPointId },
      });
      expect(byQr.status).toBe(201);
      expect(byQr.body.attendee).toMatchObject({ name: 'Lò Thị Hoa', substituteFor: 'Vi Đức Thọ' }); // the substitute came
      const forgedQr = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
        qrToken: `${qrText}x`,
        site: { kind: 'venue' },
      });
      expect(forgedQr.status).toBe(400);
      const wrongSite = await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
        invitationId: invitationOf['Tráng Thị Xuân'],
        site: { kind: 'connection-point', siteId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(wrongSite.status).toBe(400);
      expect(wrongSite.body.errors[0].field).toBe('site.siteId');
      expect(
        (
          await svc.http.post(`/conferences/${conf.conferenceId}/check-ins`, {
            invitationId: invitationOf['Tráng Thị Xuân'],
            site: { kind: 'connection-point', siteId: songMa!.connectionPointId },
          })
        ).status,
      ).toBe(201);

      const att = (await svc.http.get(`/conferences/${conf.conferenceId}/attendance`)).body;
      expect(att.total).toBe(3);
      expect(att.sites).toEqual([
        { kind: 'venue', siteId: null, name: 'Hội trường Trung tâm Hội nghị tỉnh', checkedIn: 1, expected: null },
        {
          kind: 'connection-point',
          siteId: moc!.connectionPointId,
          name: 'UBND huyện Mộc Châu (Hội trường UBND huyện Mộc Châu)',
          checkedIn: 1,
          expected: 40,
        },
        {
          kind: 'connection-point',
          siteId: songMa!.connectionPointId,
          name: 'UBND huyện Sông Mã (Hội trường UBND huyện Sông Mã)',
          checkedIn: 1,
          expected: 35,
        },
      ]);
      const recorded = await waitFor(() => {
        const e = onWire('invitations.attendance-recorded.v1', (d) => d.conferenceId === conf.conferenceId);
        return e.length === 3 ? e : undefined;
      });
      for (const { m, d } of recorded) {
        expect(validateEventData(m.headers.ce_type!, d).ok).toBe(true);
        expect(m.key).toBe(conf.conferenceId);
      }
      expect(recorded.map(({ d }) => d.method).sort()).toEqual(['organizer', 'organizer', 'qr']);
    });

    it('exports the guest list (protocol order) and the attendance as XLSX and CSV', async () => {
      const xlsx = await svc.http.raw(`/conferences/${conf.conferenceId}/guest-list/export?format=xlsx`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(2).getCell(2).value).toBe('Họ và tên');
      expect([3, 4, 5].map((r) => sheet.getRow(r).getCell(2).value)).toEqual([
        'Nguyễn Thái Hưng',
        'Tráng Thị Xuân',
        'Vi Đức Thọ',
      ]);
      expect(sheet.getRow(5).getCell(8).value).toBe('Lò Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh');

      const csv = await svc.http.raw(`/conferences/${conf.conferenceId}/attendance/export?format=csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = (await csv.text()).replace(/^\ufeff/, '');
      const lines = text.trim().split('\n');
      expect(lines[0]).toBe(
        'STT,Họ và tên,Chức vụ,Dự thay cho,Nơi điểm danh,Hội trường / điểm cầu,Thời gian,Cách điểm danh',
      );
      expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['Nguyễn Thái Hưng', 'Tráng Thị Xuân', 'Lò Thị Hoa']);
      expect(lines[3]).toContain('Mã QR');
      expect((await svc.http.raw(`/conferences/${conf.conferenceId}/attendance/export?format=pdf`)).status).toBe(400);
    });

    it('neutralises formulas typed into names and titles, and by a substitute on the RSVP page: CSV prefixed, XLSX plain text', async () => {
      env.clock.set('2024-02-01T01:00:00Z');
      const other = scheduled();
      await publish(producer, env.conferenceTopic, agenda.scheduled(other));
      await waitFor(async () => (await svc.http.get(`/conferences/${other.conferenceId}`)).status === 200);
      const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)'];
      const ids: string[] = [];
      for (const [i, name] of [...hostile, 'Nguyễn Thị Hồng-Nhung'].entries()) {
        const g = await svc.http.post('/guests', {
          name,
          titles: i === 0 ? ['=1+1'] : [],
          email: `csv${i}@sonla.gov.vn`,
        });
        expect(g.status).toBe(201);
        ids.push(g.body.id);
      }
      expect(
        (await svc.http.post(`/conferences/${other.conferenceId}/invitations`, { guestIds: ids, send: true })).status,
      ).toBe(201);
      const invite = await waitFor(async () => (await mailsTo('csv4@sonla.gov.vn'))[0], {
        what: 'the invitation mail',
      });
      const substitute = '=cmd|" /C calc"!A0';
      expect(
        (await answer(mail.rsvpToken(invite), { answer: 'substitute', substitute: { name: substitute } })).status,
      ).toBe(200);

      const csv = await svc.http.raw(`/conferences/${other.conferenceId}/guest-list/export?format=csv`);
      const rows: string[][] = parse((await csv.text()).replace(/^\ufeff/, ''));
      const byName = new Map(rows.slice(1).map((r) => [r[1], r]));
      for (const name of hostile) expect(byName.get(`'${name}`)).toBeDefined();
      expect(byName.get(`'=HYPERLINK("http://x","y")`)![2]).toBe("'=1+1");
      const plain = byName.get('Nguyễn Thị Hồng-Nhung')!; // a hyphen inside a name is no formula
      expect(plain[7]).toBe(`'${substitute}`);
      expect(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(['1', '2', '3', '4', '5']); // the numbered column stays numbers

      const xlsx = Buffer.from(
        await (await svc.http.raw(`/conferences/${other.conferenceId}/guest-list/export?format=xlsx`)).arrayBuffer(),
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx as never);
      const cells = book.worksheets[0]!.getRows(3, 5)!
        .flatMap((r) => [r.getCell(2), r.getCell(3), r.getCell(8)])
        .filter((c) => c.value !== null && c.value !== '');
      for (const text of [...hostile, '=1+1', substitute]) {
        const cell = cells.find((c) => c.value === text);
        expect([text, cell?.type, cell?.formula]).toEqual([text, ExcelJS.ValueType.String, undefined]);
      }
      const sheetXml = await (await JSZip.loadAsync(xlsx)).file('xl/worksheets/sheet1.xml')!.async('string');
      expect(sheetXml).not.toMatch(/<f[\s>]/);
    });
  });

  describe('a cancelled conference', () => {
    it('refuses new invitations and answers (409) and changes nothing', async () => {
      env.clock.set('2024-02-01T01:00:00Z');
      const other = scheduled();
      await publish(producer, env.conferenceTopic, agenda.scheduled(other));
      await waitFor(async () => (await svc.http.get(`/conferences/${other.conferenceId}`)).status === 200);
      const invited = await svc.http.post(`/conferences/${other.conferenceId}/invitations`, {
        guestIds: [guests['Nguyễn Thái Hưng']],
        send: true,
      });
      expect(invited.body.dispatch.sent).toHaveLength(1);
      const m = await waitFor(async () =>
        (await mailsTo('hung.nt@sonla.gov.vn')).find(
          (x) => mail.icsField(x, 'UID') === `${invited.body.added[0]}@tdkt.test`,
        ),
      );
      await publish(producer, env.conferenceTopic, agenda.cancelled(other.conferenceId));
      await waitFor(async () => (await svc.http.get(`/conferences/${other.conferenceId}`)).body.cancelled !== null, {
        what: 'the cancellation',
      });
      const refused = await svc.http.post(`/conferences/${other.conferenceId}/invitations`, {
        guestIds: [guests['Tráng Thị Xuân']],
      });
      expect(refused.status).toBe(409);
      expect(refused.body.type).toBe('urn:tdkt:problem:conference-cancelled');
      expect(refused.body.vi.detail).toContain('Hội nghị đã bị hủy');
      expect((await svc.http.post(`/conferences/${other.conferenceId}/invitations/send`, {})).status).toBe(409);
      const late = await answer(mail.rsvpToken(m), { answer: 'accepted' });
      expect(late.status).toBe(409);
      const list = (await svc.http.get(`/conferences/${other.conferenceId}/guests`)).body;
      expect(list.items.map((i: { status: string; response: string }) => [i.status, i.response])).toEqual([
        ['cancelled', 'pending'],
      ]);
      expect(
        (
          await svc.http.post(`/conferences/00000000-0000-4000-8000-000000000000/invitations`, {
            guestIds: [guests['Tráng Thị Xuân']],
          })
        ).status,
      ).toBe(404);
    });
  });
});

/**
 * The text of a mail's QR code, as a scanner at the door reads it. No QR reader is installed, so
 * the expected check-in token is rebuilt from the mail's own RSVP link (same invitation, same
 * token id) with the test secret, and the mail's PNG must be exactly that token's QR code.
 */
async function decodeQrToken(m: ReceivedMail): Promise<string> {
  const claims = verifyToken(mail.rsvpToken(m), TEST_RSVP_SECRET, 'rsvp', new Date('2024-02-01T00:00:00Z'));
  const token = checkInToken(claims.invitationId, claims.tokenId, claims.expiresAt, TEST_RSVP_SECRET);
  const png = Buffer.from(mail.qrPng(m)!.content as ArrayBuffer);
  expect(png.equals(await checkInQrPng(token))).toBe(true);
  return token;
}
