import { SmtpSink, createTestDatabase, dropTestDatabase, uniqueNamespace, waitFor } from '@tdkt/testing';
import { startAgenda } from '../../../services/agenda/test/agenda-app.harness';
import { startAwards } from '../../../services/awards/test/awards-app.harness';
import { createCluster, startCovenants } from '../../../services/covenants/test/covenants-app.harness';
import {
  SON_LA_ORG,
  invitationsEnvironment,
  mail,
  startInvitations,
} from '../../../services/invitations/test/invitations-app.harness';
import { startPress } from '../../../services/press/test/press-app.harness';
import { checkReport, SEED_ARTICLES, type SeedArticle } from '../../../services/press/test/seed-articles.fixture';

/**
 * The flows of docs/design.md#flows end to end: schedule → invite → accept → award decision → covenant signed →
 * conference concluded gives a report whose every fact is checked. All five services run for
 * real, over HTTP and Kafka; the invitations go out by SMTP to a real server process and each
 * guest accepts with the personal link of their own e-mail.
 */
describe('flow across the services: the conference report states every fact', () => {
  const namespace = uniqueNamespace('flow-press');
  let agenda: Awaited<ReturnType<typeof startAgenda>>;
  let awards: Awaited<ReturnType<typeof startAwards>>;
  let covenants: Awaited<ReturnType<typeof startCovenants>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let pressDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let invitations: Awaited<ReturnType<typeof startInvitations>>;
  let invitationsEnv: Awaited<ReturnType<typeof invitationsEnvironment>>;
  let smtp: SmtpSink;

  // Sơn La's facts, with a covenant signed there (the article has none; the flow needs one)
  const sơnLa = SEED_ARTICLES[0]!;
  const article: SeedArticle = {
    ...sơnLa,
    // the organizer knows the hour here: the lead names the part of the day
    conference: { ...sơnLa.conference, venue: 'Hội trường Tỉnh ủy Sơn La', startsAt: '2024-02-29T08:00:00+07:00' },
    covenant: {
      title: 'Giao ước thi đua năm 2024',
      clusterName: 'Khối thi đua các sở, ban, ngành tỉnh Sơn La',
      year: 2024,
      parties: [
        { unitName: 'Sở Nội vụ', signatory: { name: 'Lò Thị Mai', titles: ['Giám đốc Sở Nội vụ'] } },
        { unitName: 'Sở Tài chính', signatory: { name: 'Cầm Văn Nam', titles: ['Giám đốc Sở Tài chính'] } },
      ],
    },
    expected: {
      ...sơnLa.expected,
      lead: 'Sáng 29/2, tại Hội trường Tỉnh ủy Sơn La, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.',
      // each signatory's title names the department: not "…, đại diện Sở Nội vụ" again
      covenant:
        'Cũng tại hội nghị, 2 đơn vị thuộc Khối thi đua các sở, ban, ngành tỉnh Sơn La đã ký kết Giao ước thi đua năm 2024; tham gia ký kết có các đồng chí: ' +
        'Lò Thị Mai, Giám đốc Sở Nội vụ; Cầm Văn Nam, Giám đốc Sở Tài chính.',
    },
  };

  beforeAll(async () => {
    agenda = await startAgenda('flow-press-agenda', namespace);
    awards = await startAwards('flow-press-awards', namespace);
    covenants = await startCovenants('flow-press-cov', namespace);
    pressDb = await createTestDatabase('flow-press');
    press = await startPress(pressDb, namespace);
    smtp = await SmtpSink.start();
    invitationsEnv = await invitationsEnvironment('flow-press-inv', smtp);
    invitations = await startInvitations({ ...invitationsEnv, namespace });
  });

  afterAll(async () => {
    await invitations.stop();
    await invitationsEnv.drop();
    await smtp.dispose();
    await press.stop();
    await dropTestDatabase(pressDb);
    await covenants.stop();
    await awards.stop();
    await agenda.stop();
  });

  it('schedule → invite → accept → award decision → covenant signed → concluded', async () => {
    const ok = (res: { status: number; body: unknown }, status = 201) => {
      expect({ status: res.status, body: res.body }).toMatchObject({ status });
      return res.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    // the organizer schedules the conference, with its programme and guests (agenda)
    const venue = ok(
      await agenda.http.post('/venues', {
        name: 'Hội trường Tỉnh ủy Sơn La',
        address: 'Số 2 đường Tô Hiệu, tỉnh Sơn La',
      }),
    );
    const c = article.conference;
    const conf = ok(
      await agenda.http.post('/conferences', {
        organizer: { name: c.organizer, organizationId: SON_LA_ORG },
        kind: c.kind,
        yearReviewed: c.yearReviewed,
        yearLaunched: c.yearLaunched,
        startsAt: c.startsAt,
        endsAt: '2024-02-29T11:30:00+07:00',
        format: c.format,
        venueId: venue.id,
      }),
    );
    expect(conf.title).toBe(c.title);
    const id = conf.id as string;
    const launcher = ok(await agenda.http.post(`/conferences/${id}/guests`, article.movement.launchedBy));
    // Sơn La 2024: "Đồng chí Nguyễn Thái Hưng, Chủ tịch HĐND tỉnh chuyển trao Cờ thi đua của Chính phủ cho các tập thể"
    const presenter = ok(await agenda.http.post(`/conferences/${id}/guests`, article.attendees[0]));
    ok(
      await agenda.http.post(`/conferences/${id}/segments`, {
        kind: 'award-presentation',
        startTime: '09:30',
        endTime: '10:00',
        presenterGuestIds: [presenter.id],
      }),
    );
    ok(
      await agenda.http.post(`/conferences/${id}/segments`, {
        kind: 'movement-launch',
        startTime: '10:00',
        endTime: '10:15',
      }),
    );
    ok(await agenda.http.post(`/conferences/${id}/schedule`, {}), 200);
    // the programme, published: press reads who presents the awards from it
    ok(await agenda.http.post(`/conferences/${id}/agenda/versions`, {}));

    // invite → accept (invitations): Sơn La's own protocol table (the article lists the Standing
    // Vice-Chair before the Front's chair), the guests, the e-mails, each guest's own RSVP link
    await waitFor(async () => (await invitations.http.get(`/conferences/${id}`)).status === 200, {
      what: 'the conference in invitations',
    });
    const rules = (await invitations.http.get('/precedence-tables/default')).body.rules.filter(
      (r: { pattern: string }) => r.pattern !== 'Phó Chủ tịch Thường trực UBND tỉnh',
    );
    ok(
      await invitations.http.put(`/organizations/${SON_LA_ORG}/precedence-table`, {
        rules: [...rules, { pattern: 'Phó Chủ tịch Thường trực UBND tỉnh', rank: 115 }],
      }),
      200,
    );
    const guestIds: string[] = [];
    for (const [i, person] of [...article.attendees].reverse().entries()) {
      guestIds.push(ok(await invitations.http.post('/guests', { ...person, email: `khach${i + 1}@sonla.gov.vn` })).id);
    }
    ok(await invitations.http.post(`/conferences/${id}/invitations`, { guestIds }));
    ok(await invitations.http.post(`/conferences/${id}/invitations/send`, {}), 200);
    for (const m of await smtp.waitForMessages(article.attendees.length)) {
      ok(await invitations.http.post(`/rsvp/${mail.rsvpToken(m)}`, { answer: 'accepted' }), 200);
    }

    // the award decisions, to be presented at the conference (awards)
    let n = 0;
    const recipients = (type: string, kind: 'individual' | 'collective', count: number) =>
      Array.from({ length: count }, () => ({
        kind,
        name: kind === 'individual' ? `Nguyễn Thị Lan ${++n}` : `Trường THPT số ${++n} Sơn La`,
        awardType: type,
      }));
    ok(
      await awards.http.post('/decisions', {
        number: '45/QĐ-CTN',
        date: '2024-01-20',
        authority: 'Chủ tịch nước',
        conferenceId: id,
        signer: { name: 'Võ Văn Thưởng', titles: ['Chủ tịch nước'] },
        recipients: recipients('NHA_GIAO_UU_TU', 'individual', 22),
      }),
    );
    ok(
      await awards.http.post('/decisions', {
        number: '231/QĐ-TTg',
        date: '2024-01-25',
        authority: 'Thủ tướng Chính phủ',
        conferenceId: id,
        signer: { name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'] },
        recipients: [
          ...recipients('CO_THI_DUA_CHINH_PHU', 'collective', 9),
          ...recipients('BANG_KHEN_THU_TUONG', 'collective', 5),
          ...recipients('BANG_KHEN_THU_TUONG', 'individual', 15),
        ],
      }),
    );

    // the conference runs: the movement is launched, the covenant signed there (covenants)
    ok(await agenda.http.post(`/conferences/${id}/start`, {}), 200);
    ok(
      await agenda.http.post(`/conferences/${id}/movement`, {
        theme: article.movement.theme,
        launchedByGuestId: launcher.id,
      }),
      200,
    );
    const cov = article.covenant!;
    // the bloc and its members, then its covenant (parties are the members on the day)
    const clusterId = await createCluster(covenants.http, {
      name: cov.clusterName,
      kind: 'khoi',
      organizingBody: 'UBND tỉnh Sơn La',
      members: cov.parties.map((p) => ({ unitName: p.unitName, joinedOn: '2020-01-01' })),
    });
    const covenant = ok(
      await covenants.http.post('/covenants', {
        title: cov.title,
        clusterId,
        year: cov.year,
        membersOn: '2024-02-29',
        conferenceId: id,
        parties: cov.parties.map((p) => ({ unitName: p.unitName })),
        targets: [{ name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%', targetValue: 98.5, weight: 100 }],
      }),
    );
    for (const [i, party] of covenant.parties.entries()) {
      ok(
        await covenants.http.post(`/covenants/${covenant.id}/signatures`, {
          partyId: party.id,
          signatory: cov.parties[i]!.signatory,
          signedAt: `2024-02-29T03:1${i}:00.000Z`,
        }),
      );
    }
    ok(await agenda.http.post(`/conferences/${id}/conclude`, {}), 200);

    // the press office has the report, every fact checked (polled: it is kept current as events arrive)
    const report = await waitFor(
      async () => {
        const d = (await press.http.get(`/drafts?kind=conference-report&subjectId=${id}`)).body.items[0];
        if (!d) return undefined;
        checkReport(d, article);
        return d;
      },
      { what: 'the complete conference report', timeoutMs: 60000 },
    );
    // the presenter entered, on whose behalf said once (awards sends "thừa ủy quyền của …" already)
    expect(report.paragraphs.find((p: { role: string }) => p.role === 'caption:award:CO_THI_DUA_CHINH_PHU').text).toBe(
      'Ảnh: Đồng chí Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh thừa ủy quyền của Thủ tướng Chính phủ trao Cờ thi đua của Chính phủ cho các tập thể.',
    );
    // and the covenant-signing news and the award announcement
    // written from the same signing, by its own handler: it may land a moment after the report
    const signing = await waitFor(
      async () => (await press.http.get(`/drafts?kind=covenant-signing&subjectId=${covenant.id}`)).body.items[0],
      { what: 'the covenant-signing draft' },
    );
    expect(signing.title).toBe('Khối thi đua các sở, ban, ngành tỉnh Sơn La ký kết giao ước thi đua năm 2024');
    const announcement = await waitFor(
      async () => (await press.http.get(`/drafts?kind=award-announcement&subjectId=${id}`)).body.items[0],
      { what: 'the award announcement' },
    );
    expect(announcement.paragraphs.find((p: { role: string }) => p.role === 'decisions').text).toBe(
      'Các tập thể, cá nhân được khen thưởng theo Quyết định số 45/QĐ-CTN ngày 20 tháng 01 năm 2024 của Chủ tịch nước; Quyết định số 231/QĐ-TTg ngày 25 tháng 01 năm 2024 của Thủ tướng Chính phủ.',
    );
  });
});
