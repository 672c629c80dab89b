import { randomUUID } from 'node:crypto';
import { validateEventData } from '@tdkt/contracts';
import { TopicRecorder, waitFor, bearer } from '@tdkt/testing';
import { leaders, sơnLaConference, startAgenda, type AgendaUnderTest } from './agenda-app.harness';
import { readICal, unescapeText } from './ical.reader';

describe('agenda service (HTTP, real PostgreSQL and Kafka)', () => {
  let svc: AgendaUnderTest;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    svc = await startAgenda('agenda');
    recorder = await TopicRecorder.start([svc.topics.conference]);
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  let hall = 0;
  const venue = async () => {
    const res = await svc.http.post('/venues', {
      name: `Hội trường số ${++hall}`,
      address: 'Số 2 đường Tô Hiệu, tỉnh Sơn La',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const conference = async (over: object = {}) => {
    const res = await svc.http.post('/conferences', { ...sơnLaConference, venueId: await venue(), ...over });
    expect(res.status).toBe(201);
    return res.body;
  };
  const guest = async (id: string, who: { name: string; titles: string[] }, personId?: string) => {
    const res = await svc.http.post(`/conferences/${id}/guests`, { ...who, ...(personId ? { personId } : {}) });
    expect(res.status).toBe(201);
    return res.body;
  };
  const segment = async (id: string, body: object, status = 201) => {
    const res = await svc.http.post(`/conferences/${id}/segments`, body);
    expect(res.status).toBe(status);
    return res;
  };
  const act = async (id: string, action: string, body: object = {}, status = 200) => {
    const res = await svc.http.post(`/conferences/${id}/${action}`, body);
    expect({ action, status: res.status, body: res.status === status ? undefined : res.body }).toEqual({
      action,
      status,
      body: undefined,
    });
    return res.body;
  };
  /** The events of one conference on the wire, each checked against its contract. */
  const eventsOf = (id: string) =>
    recorder.messages
      .filter((m) => m.key === id)
      .map((m) => {
        const data = JSON.parse(m.value!);
        expect(validateEventData(m.headers.ce_type!, data)).toEqual({ ok: true });
        expect(m.headers).toMatchObject({
          ce_specversion: '1.0',
          ce_source: '/services/agenda',
          ce_subject: id,
          'content-type': 'application/json',
        });
        return { type: m.headers.ce_type, data };
      });

  it('creates a draft with the suggested Vietnamese title, then schedules and announces it', async () => {
    const c = await conference();
    expect(c).toMatchObject({
      status: 'draft',
      timeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2024-02-29T01:00:00.000Z',
      segments: [],
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
      venue: { name: expect.stringMatching(/^Hội trường số/), address: 'Số 2 đường Tô Hiệu, tỉnh Sơn La' },
    });
    const scheduled = await act(c.id, 'schedule');
    expect(scheduled.status).toBe('scheduled');
    const [event] = await waitFor(() => eventsOf(c.id).length === 1 && eventsOf(c.id));
    expect(event).toEqual({
      type: 'agenda.conference-scheduled.v1',
      data: expect.objectContaining({
        conferenceId: c.id,
        kind: 'provincial-review',
        yearReviewed: 2023,
        yearLaunched: 2024,
        format: 'in-person',
        startsAt: '2024-02-29T01:00:00.000Z',
        endsAt: '2024-02-29T04:30:00.000Z',
        organizer: { name: 'UBND tỉnh Sơn La' },
        venue: { name: c.venue.name, address: c.venue.address },
      }),
    });
  });

  it('edits only the title of a draft: the times and the rest stay (PATCH with one field)', async () => {
    const c = await conference();
    const res = await svc.http.patch(`/conferences/${c.id}`, {
      title: 'Hội nghị tổng kết phong trào thi đua năm 2023',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Hội nghị tổng kết phong trào thi đua năm 2023',
      startsAt: '2024-02-29T01:00:00.000Z',
      endsAt: '2024-02-29T04:30:00.000Z',
      organizer: { name: 'UBND tỉnh Sơn La' },
      status: 'draft',
    });
  });

  it('runs the lifecycle in order, moving the programme with a reschedule; a concluded conference cannot be rescheduled', async () => {
    const c = await conference();
    await segment(c.id, { kind: 'opening', startTime: '08:00', endTime: '08:15' });
    await act(c.id, 'schedule');
    const moved = await act(c.id, 'reschedule', {
      startsAt: '2024-03-01T14:00:00+07:00',
      endsAt: '2024-03-01T17:30:00+07:00',
      reason: 'Trùng lịch họp Ban Thường vụ Tỉnh ủy',
    });
    expect(moved.segments[0]).toMatchObject({ date: '2024-03-01', startTime: '14:00', endTime: '14:15' });
    await act(c.id, 'start');
    await act(c.id, 'conclude');
    const again = await svc.http.post(`/conferences/${c.id}/reschedule`, {
      startsAt: '2024-03-02T08:00:00+07:00',
      endsAt: '2024-03-02T11:00:00+07:00',
      reason: 'x',
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body.detail).toBe(
      'Không thể dời lịch hội nghị đã kết thúc; chỉ dời lịch được khi hội nghị đã lên lịch',
    );
    expect(again.body.en.detail).toMatch(/^Cannot reschedule a conference that is concluded/);

    const events = await waitFor(() => eventsOf(c.id).length === 4 && eventsOf(c.id));
    expect(events.map((e) => e.type)).toEqual([
      'agenda.conference-scheduled.v1',
      'agenda.conference-rescheduled.v1',
      'agenda.conference-started.v1',
      'agenda.conference-concluded.v1',
    ]);
    expect(events[1]!.data).toMatchObject({
      startsAt: '2024-03-01T07:00:00.000Z',
      previousStartsAt: '2024-02-29T01:00:00.000Z',
      reason: 'Trùng lịch họp Ban Thường vụ Tỉnh ủy',
    });
  });

  it('cancels with a reason, announced once', async () => {
    const c = await conference();
    await act(c.id, 'schedule');
    const cancelled = await act(c.id, 'cancel', { reason: 'Thay đổi kế hoạch theo chỉ đạo của UBND tỉnh' });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Thay đổi kế hoạch theo chỉ đạo của UBND tỉnh' },
    });
    expect((await svc.http.post(`/conferences/${c.id}/start`, {})).status).toBe(409);
    const events = await waitFor(() => eventsOf(c.id).length === 2 && eventsOf(c.id));
    expect(events[1]).toMatchObject({
      type: 'agenda.conference-cancelled.v1',
      data: { reason: 'Thay đổi kế hoạch theo chỉ đạo của UBND tỉnh' },
    });
  });

  it('builds the programme: insert at a time, change, reorder, remove, then publish numbered versions', async () => {
    const c = await conference();
    const chair = await guest(c.id, leaders.chair);
    await segment(c.id, { kind: 'closing', startTime: '11:15', endTime: '11:30' });
    await segment(c.id, { kind: 'opening', startTime: '08:00', endTime: '08:15' });
    const report = (
      await segment(c.id, {
        kind: 'review-report',
        startTime: '08:15',
        endTime: '09:00',
        presenterGuestIds: [chair.id],
      })
    ).body.segment;
    expect(report).toMatchObject({
      order: 2,
      title: 'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023',
      presenters: [{ text: 'Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La' }],
    });
    const a = (
      await segment(c.id, {
        kind: 'discussion',
        title: 'Tham luận của Sở Giáo dục và Đào tạo',
        startTime: '09:00',
        endTime: '09:10',
      })
    ).body.segment;
    const b = (
      await segment(c.id, {
        kind: 'discussion',
        title: 'Tham luận của huyện Mộc Châu',
        startTime: '09:15',
        endTime: '09:35',
      })
    ).body.segment;

    const reordered = await svc.http.put(`/conferences/${c.id}/segments/order`, {
      segmentIds: [
        (await svc.http.get(`/conferences/${c.id}`)).body.segments[0].id,
        report.id,
        b.id,
        a.id,
        (await svc.http.get(`/conferences/${c.id}`)).body.segments[4].id,
      ],
    });
    expect(reordered.status).toBe(200);
    expect(
      reordered.body.segments.map(
        (s: { title: string; startTime: string; endTime: string }) => `${s.startTime}–${s.endTime} ${s.title}`,
      ),
    ).toEqual([
      '08:00–08:15 Tuyên bố lý do, giới thiệu đại biểu',
      '08:15–09:00 Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023',
      '09:00–09:20 Tham luận của huyện Mộc Châu',
      '09:20–09:30 Tham luận của Sở Giáo dục và Đào tạo',
      '09:30–09:45 Bế mạc hội nghị',
    ]);
    const changed = await svc.http.patch(`/conferences/${c.id}/segments/${reordered.body.segments[4].id}`, {
      startTime: '11:00',
      endTime: '11:30',
    });
    expect(changed.status).toBe(200);
    const removed = await svc.http.delete(`/conferences/${c.id}/segments/${a.id}`);
    expect(removed.body.segments.map((s: { order: number; kind: string }) => `${s.order} ${s.kind}`)).toEqual([
      '1 opening',
      '2 review-report',
      '3 discussion',
      '4 closing',
    ]);

    expect((await svc.http.post(`/conferences/${c.id}/agenda/versions`, {})).status).toBe(409); // a draft is not announced yet
    await act(c.id, 'schedule');
    const v1 = await svc.http.post(`/conferences/${c.id}/agenda/versions`, {});
    expect(v1.status).toBe(201);
    expect(v1.body.version).toBe(1);
    await svc.http.patch(`/conferences/${c.id}/segments/${report.id}`, { status: 'done' });
    expect((await svc.http.post(`/conferences/${c.id}/agenda/versions`, {})).body.version).toBe(2);
    const versions = await svc.http.get(`/conferences/${c.id}/agenda/versions?pageSize=1`);
    expect(versions.body).toMatchObject({ total: 2, items: [{ version: 2 }] });

    const published = await waitFor(() => {
      const e = eventsOf(c.id).filter((x) => x.type === 'agenda.agenda-published.v1');
      return e.length === 2 && e;
    });
    expect(
      published[0]!.data.segments.map(
        (s: { order: number; kind: string; status: string }) => `${s.order} ${s.kind} ${s.status}`,
      ),
    ).toEqual(['1 opening planned', '2 review-report planned', '3 discussion planned', '4 closing planned']);
    expect(published[1]!.data.segments[1]).toMatchObject({
      status: 'done',
      presenters: [leaders.chair],
      startsAt: '2024-02-29T01:15:00.000Z',
    });
  });

  it('answers bad input with 4xx that says what to fix, and stores nothing', async () => {
    const endBeforeStart = await svc.http.post('/conferences', {
      ...sơnLaConference,
      endsAt: '2024-02-29T07:00:00+07:00',
    });
    expect(endBeforeStart.status).toBe(400);
    expect(endBeforeStart.body.errors[0]).toMatchObject({ field: 'endsAt' });
    expect(endBeforeStart.body.detail).toBe(
      'Thời điểm kết thúc (07:00 29/02/2024) phải sau thời điểm bắt đầu (08:00 29/02/2024); hãy sửa lại giờ kết thúc',
    );
    const noOffset = await svc.http.post('/conferences', { ...sơnLaConference, startsAt: '2024-02-29T08:00:00' });
    expect(noOffset.status).toBe(400);
    expect(noOffset.body.errors.map((e: { field: string }) => e.field)).toEqual(['startsAt']);

    const c = await conference();
    const unknownKind = await svc.http.post(`/conferences/${c.id}/segments`, {
      kind: 'văn nghệ',
      startTime: '08:00',
      endTime: '08:15',
    });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.errors[0].field).toBe('kind');
    expect(unknownKind.body.errors[0].vi).toContain('phải là một trong các giá trị: opening, review-report');
    const outsideDay = await svc.http.post(`/conferences/${c.id}/segments`, {
      kind: 'opening',
      startTime: '24:30',
      endTime: '25:00',
    });
    expect(outsideDay.status).toBe(400);
    expect(outsideDay.body).toMatchObject({
      detail: expect.stringContaining('không phải giờ trong ngày: hãy nhập dạng HH:mm từ 00:00 đến 23:59'),
      errors: [{ field: 'startTime' }],
    });
    const backwards = await svc.http.post(`/conferences/${c.id}/segments`, {
      kind: 'opening',
      startTime: '09:00',
      endTime: '08:00',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('endTime');
    const stranger = await svc.http.post(`/conferences/${c.id}/segments`, {
      kind: 'directing-speech',
      startTime: '10:00',
      endTime: '10:30',
      presenterGuestIds: [randomUUID()],
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({
      type: 'urn:tdkt:problem:not-a-guest',
      errors: [{ field: 'presenterGuestIds' }],
    });
    expect(stranger.body.detail).toContain('không có trong danh sách khách mời của hội nghị; hãy thêm khách mời trước');
    const unknownVenue = await svc.http.post('/conferences', { ...sonLa(), venueId: randomUUID() });
    expect(unknownVenue.status).toBe(422);
    expect((await svc.http.get(`/conferences/${c.id}`)).body.segments).toEqual([]);
    const en = await svc.http.post(
      `/conferences/${c.id}/segments`,
      { kind: 'opening', startTime: '8h', endTime: '08:15' },
      { 'accept-language': 'en' },
    );
    expect(en.body.detail).toBe(
      'The start time "8h" is not a time of day: give HH:mm from 00:00 to 23:59 (e.g. 08:00)',
    );
  });

  it('refuses overlapping segments (409) and a segment outside the conference hours (422)', async () => {
    const c = await conference();
    await segment(c.id, { kind: 'review-report', startTime: '08:15', endTime: '09:00' });
    const overlap = await segment(
      c.id,
      { kind: 'discussion', title: 'Tham luận của Sở Y tế', startTime: '08:45', endTime: '09:15' },
      409,
    );
    expect(overlap.body.detail).toBe(
      'Mục “Tham luận của Sở Y tế” (08:45–09:15) trùng giờ với mục “Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023” (08:15–09:00); hãy đổi giờ để hai mục không chồng lên nhau',
    );
    const late = await segment(c.id, { kind: 'closing', startTime: '11:15', endTime: '12:00' }, 422);
    expect(late.body.detail).toContain(
      'nằm ngoài thời gian hội nghị (08:00 29/02/2024 – 11:30 29/02/2024); hãy xếp mục trong khoảng này hoặc dời lịch hội nghị',
    );
    const otherDay = await segment(
      c.id,
      { kind: 'closing', date: '2024-03-01', startTime: '08:00', endTime: '08:15' },
      422,
    );
    expect(otherDay.body.type).toBe('urn:tdkt:problem:segment-outside-hours');
    expect((await svc.http.get(`/conferences/${c.id}`)).body.segments).toHaveLength(1);
  });

  it('refuses a venue double-booked by two conferences, and frees it when the first is cancelled', async () => {
    const shared = await venue();
    const first = await conference({ venueId: shared });
    await act(first.id, 'schedule');
    const second = await svc.http.post('/conferences', {
      ...sonLa(),
      venueId: shared,
      kind: 'mid-year-review',
      yearReviewed: 2024,
      yearLaunched: 2024,
      startsAt: '2024-02-29T11:00:00+07:00',
      endsAt: '2024-02-29T16:00:00+07:00',
    });
    expect(second.status).toBe(409);
    expect(second.body.detail).toBe(
      `${first.venue.name} đã được dành cho “${first.title}” (08:00 29/02/2024 – 11:30 29/02/2024); hãy chọn địa điểm khác hoặc thời gian khác`,
    );
    const afternoon = await conference({
      venueId: shared,
      startsAt: '2024-02-29T13:30:00+07:00',
      endsAt: '2024-02-29T17:00:00+07:00',
    });
    await act(afternoon.id, 'schedule');
    const onto = await svc.http.post(`/conferences/${afternoon.id}/reschedule`, {
      startsAt: '2024-02-29T10:00:00+07:00',
      endsAt: '2024-02-29T12:00:00+07:00',
      reason: 'Đổi giờ',
    });
    expect(onto.status).toBe(409);
    expect(onto.body.type).toBe('urn:tdkt:problem:venue-double-booked');
    await act(first.id, 'cancel', { reason: 'Gộp với hội nghị buổi chiều' });
    await act(afternoon.id, 'reschedule', {
      startsAt: '2024-02-29T10:00:00+07:00',
      endsAt: '2024-02-29T12:00:00+07:00',
      reason: 'Đổi giờ',
    });
  });

  it('refuses a presenter in two places at once, across conferences', async () => {
    const personId = randomUUID();
    const province = await conference();
    const p1 = await guest(province.id, leaders.secretary, personId);
    await segment(province.id, {
      kind: 'directing-speech',
      startTime: '10:30',
      endTime: '11:00',
      presenterGuestIds: [p1.id],
    });
    await act(province.id, 'schedule');
    const cluster = await conference({
      kind: 'cluster-review',
      organizer: { name: 'Cụm thi đua các tỉnh Tây Bắc' },
      startsAt: '2024-02-29T09:00:00+07:00',
      endsAt: '2024-02-29T12:00:00+07:00',
    });
    const p2 = await guest(cluster.id, leaders.secretary, personId);
    const busy = await segment(
      cluster.id,
      { kind: 'directing-speech', startTime: '10:45', endTime: '11:15', presenterGuestIds: [p2.id] },
      409,
    );
    expect(busy.body.detail).toBe(
      'Nguyễn Hữu Đông trình bày mục “Phát biểu chỉ đạo” (10:45 29/02/2024) nhưng cùng lúc có mặt ở mục “Phát biểu chỉ đạo” của ' +
        '“Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024” (10:30 29/02/2024 – 11:00 29/02/2024); hãy đổi người trình bày hoặc đổi giờ',
    );
    await segment(cluster.id, {
      kind: 'directing-speech',
      startTime: '11:15',
      endTime: '11:45',
      presenterGuestIds: [p2.id],
    });
  });

  it('records the movement launch by its official → movement-launched, once per theme', async () => {
    const c = await conference();
    const chair = await guest(c.id, leaders.chair);
    await segment(c.id, { kind: 'movement-launch', startTime: '10:00', endTime: '10:15' });
    const early = await svc.http.post(`/conferences/${c.id}/movement`, { theme: 'x', launchedByGuestId: chair.id });
    expect(early.status).toBe(409);
    await act(c.id, 'schedule');
    await act(c.id, 'start');
    const theme = 'Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp';
    const launched = await act(c.id, 'movement', { theme, launchedByGuestId: chair.id });
    expect(launched.announced).toBe(true);
    expect(launched.conference.segments[0]).toMatchObject({
      kind: 'movement-launch',
      status: 'done',
      movement: { theme, launchedBy: { name: 'Hoàng Quốc Khánh' } },
    });
    expect((await act(c.id, 'movement', { theme, launchedByGuestId: chair.id })).announced).toBe(false);
    const [event] = await waitFor(() => {
      const e = eventsOf(c.id).filter((x) => x.type === 'agenda.movement-launched.v1');
      return e.length === 1 && e;
    });
    expect(event!.data).toEqual({ conferenceId: c.id, year: 2024, theme, launchedBy: leaders.chair });
    expect(
      (await svc.http.post(`/conferences/${c.id}/movement`, { theme, launchedByGuestId: randomUUID() })).status,
    ).toBe(422);
  });

  it('adds online connection points (điểm cầu) and needs one to schedule an online conference', async () => {
    const c = await conference({ format: 'hybrid' });
    const refused = await svc.http.post(`/conferences/${c.id}/schedule`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].field).toBe('connectionPoints');
    const point = await svc.http.post(`/conferences/${c.id}/connection-points`, {
      hostUnit: 'UBND huyện Mộc Châu',
      location: 'Hội trường UBND huyện Mộc Châu',
      technicalContact: { name: 'Lò Văn Hùng', phone: '0912 345 678' },
      expectedAttendees: 80,
    });
    expect(point.status).toBe(201);
    await act(c.id, 'schedule');
    const [event] = await waitFor(() => eventsOf(c.id).length === 1 && eventsOf(c.id));
    expect(event!.data.connectionPoints).toEqual([
      {
        connectionPointId: point.body.id,
        hostUnit: 'UBND huyện Mộc Châu',
        location: 'Hội trường UBND huyện Mộc Châu',
        expectedAttendees: 80,
      },
    ]);
  });

  it('exports the agenda as iCalendar (RFC 5545, read back) and as a printable Vietnamese document', async () => {
    const c = await conference({
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023; triển khai nhiệm vụ năm 2024 (tỉnh Sơn La)',
    });
    const chair = await guest(c.id, leaders.chair);
    await segment(c.id, { kind: 'opening', startTime: '08:00', endTime: '08:15' });
    await segment(c.id, {
      kind: 'directing-speech',
      startTime: '10:30',
      endTime: '11:00',
      presenterGuestIds: [chair.id],
    });
    await act(c.id, 'schedule');

    const ics = await fetch(`${svc.url}/conferences/${c.id}/agenda/calendar.ics`, {
      headers: await bearer('test-runner'),
    });
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const raw = Buffer.from(await ics.arrayBuffer()).toString('utf8');
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    expect(raw.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(raw).toMatch(/\r\n /); // long Vietnamese lines were folded
    const components = readICal(raw);
    const events = components.filter((x) => x.type === 'VEVENT');
    expect(events).toHaveLength(3);
    const [main, opening, speech] = events;
    expect(unescapeText(main!.get('SUMMARY')!.value)).toBe(c.title);
    expect(main!.get('DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Asia/Ho_Chi_Minh' },
      value: '20240229T080000',
    });
    expect(main!.get('DTEND')!.value).toBe('20240229T113000');
    expect(main!.get('STATUS')!.value).toBe('CONFIRMED');
    expect(unescapeText(main!.get('DESCRIPTION')!.value)).toContain(
      '2. 10:30–11:00 Phát biểu chỉ đạo (Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La)',
    );
    expect(opening!.get('RELATED-TO')!.value).toBe(main!.get('UID')!.value);
    expect(unescapeText(speech!.get('SUMMARY')!.value)).toBe('2. Phát biểu chỉ đạo');
    expect(components.find((x) => x.type === 'VTIMEZONE')!.get('TZID')!.value).toBe('Asia/Ho_Chi_Minh');

    const html = await fetch(`${svc.url}/conferences/${c.id}/agenda/document.html`, {
      headers: await bearer('test-runner'),
    });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const doc = await html.text();
    expect(doc).toContain('<html lang="vi">');
    expect(doc).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc).toContain('<b>UBND TỈNH SƠN LA</b>');
    expect(doc).toContain('<h1>CHƯƠNG TRÌNH</h1>');
    expect(doc).toContain('Từ 8h00 đến 11h30, ngày 29 tháng 02 năm 2024');
    expect(doc).toContain(
      '<td class="n">2</td><td class="n">10h30 – 11h00</td><td>Phát biểu chỉ đạo</td><td>Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La</td>',
    );
    expect(doc).toContain('(tỉnh Sơn La)');

    await act(c.id, 'cancel', { reason: 'Hoãn; sẽ thông báo sau' });
    const cancelled = readICal(
      await (
        await fetch(`${svc.url}/conferences/${c.id}/agenda/calendar.ics`, { headers: await bearer('test-runner') })
      ).text(),
    ).filter((x) => x.type === 'VEVENT');
    expect(cancelled.map((e) => [e.get('STATUS')!.value, e.get('SEQUENCE')!.value])).toEqual([
      ['CANCELLED', '1'],
      ['CANCELLED', '1'],
      ['CANCELLED', '1'],
    ]);
  });

  it('creates once for a retried request with the same Idempotency-Key', async () => {
    const key = `conf-${randomUUID()}`;
    const body = { ...sonLa(), venueId: await venue() };
    const first = await svc.http.post('/conferences', body, { 'idempotency-key': key });
    const retry = await svc.http.post('/conferences', body, { 'idempotency-key': key });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });

  it('lists conferences with pagination and filters; 404 for an unknown one', async () => {
    const page = await svc.http.get('/conferences?status=scheduled&year=2023&page=1&pageSize=2');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    expect(page.body.items.every((c: { status: string }) => c.status === 'scheduled')).toBe(true);
    expect((await svc.http.get('/conferences?pageSize=1000')).status).toBe(400);
    expect((await svc.http.get('/conferences?page=1e21')).status).toBe(400);
    // segment times are bounded before the domain parses them
    const c = await conference();
    const long = await svc.http.post(`/conferences/${c.id}/segments`, {
      kind: 'opening',
      date: '2'.repeat(100_000),
      startTime: '08:00',
      endTime: '08:15',
    });
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'date', code: 'maxLength' });
    const missing = await svc.http.get(`/conferences/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.title).toBe('Không tìm thấy');
    const missingIcs = await fetch(`${svc.url}/conferences/${randomUUID()}/agenda/calendar.ics`, {
      headers: await bearer('test-runner'),
    });
    expect(missingIcs.status).toBe(404);
    expect(missingIcs.headers.get('content-type')).toContain('application/problem+json');
    expect((await svc.http.get('/venues?pageSize=5')).body.items).toHaveLength(5);
    const firstVenue = (await svc.http.get('/venues?pageSize=1')).body.items[0];
    expect((await svc.http.get(`/venues/${firstVenue.id}`)).body).toEqual(firstVenue);
    const missingVenue = await svc.http.get(`/venues/${randomUUID()}`);
    expect(missingVenue.status).toBe(404);
    expect(missingVenue.body.errors[0].field).toBe('venueId');
    const again = await svc.http.post('/venues', {
      name: 'hội trường số 1',
      address: 'Số 2 đường Tô Hiệu, tỉnh Sơn La',
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(
      /^hội trường số 1 đã có trong danh mục địa điểm \(mã [0-9a-f-]{36}\); hãy dùng mã này$/,
    );
  });

  it('is live, ready, measured and documented', async () => {
    expect((await svc.http.get('/health/live')).status).toBe(200);
    const ready = await svc.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect((await svc.http.get('/metrics')).body).toContain('messaging_outbox_published_total');
    const docs = await svc.http.get('/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/conferences',
        '/conferences/{id}/segments',
        '/conferences/{id}/agenda/versions',
        '/conferences/{id}/agenda/calendar.ics',
        '/venues',
      ]),
    );
  });
});

/** The conference body without a venue. */
function sonLa() {
  return { ...sơnLaConference };
}
