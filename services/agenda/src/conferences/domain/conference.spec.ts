import type { AgendaError } from './conference.errors';
import { Conference, type NewConference } from './conference';
import {
  InvalidInput,
  InvalidTransition,
  NotAGuest,
  NotReady,
  SegmentOutsideHours,
  SegmentOverlap,
} from './conference.errors';
import { CONFERENCE_STATUSES, isAllowed, type ConferenceAction } from './conference-status';

/** The Vietnamese message of the domain error `fn` throws. */
const viOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as AgendaError).vi;
  }
  throw new Error('did not throw');
};

const sơnLa: NewConference = {
  organizer: { name: 'UBND tỉnh Sơn La' },
  kind: 'provincial-review',
  yearReviewed: 2023,
  yearLaunched: 2024,
  startsAt: new Date('2024-02-29T01:00:00Z'),
  endsAt: new Date('2024-02-29T04:30:00Z'),
  format: 'in-person', // 08:00–11:30 in Hà Nội
  venue: { venueId: '4c1f7e0e-8c1a-4f0b-9a57-6b2b0f1c2d3e', name: 'Hội trường UBND tỉnh Sơn La' },
};
const draft = (over: Partial<NewConference> = {}) => Conference.create({ ...sơnLa, ...over });
const withGuest = () => {
  const c = draft();
  const g = c.addGuest({ name: 'Nguyễn Hữu Đông', titles: ['Bí thư Tỉnh ủy'] });
  return { c, g };
};

describe('Conference: lifecycle', () => {
  it('suggests the Vietnamese title from kind and years', () => {
    expect(draft().snapshot.title).toBe(
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
    );
    expect(draft({ kind: 'mid-year-review', yearReviewed: 2024, yearLaunched: 2024 }).snapshot.title).toBe(
      'Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024',
    );
    expect(
      draft({ kind: 'cluster-review', organizer: { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' } }).snapshot.title,
    ).toBe(
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 Cụm thi đua các tỉnh biên giới phía Bắc, triển khai nhiệm vụ năm 2024',
    );
    expect(draft({ title: ' Hội nghị  điển hình tiên tiến ' }).snapshot.title).toBe('Hội nghị điển hình tiên tiến');
  });

  it('re-suggests the title when a draft changes years, but keeps a title the organizer wrote', () => {
    const c = draft();
    c.edit({ yearReviewed: 2024, yearLaunched: 2025 });
    expect(c.snapshot.title).toContain('năm 2024, triển khai nhiệm vụ năm 2025');
    const own = draft({ title: 'Hội nghị riêng' });
    own.edit({ yearReviewed: 2024, yearLaunched: 2025 });
    expect(own.snapshot.title).toBe('Hội nghị riêng');
  });

  it('keeps the fields an edit leaves out, even when they come as undefined (a title-only PATCH)', () => {
    const c = draft();
    c.edit({ title: 'Hội nghị tổng kết năm 2023', startsAt: undefined, endsAt: undefined, organizer: undefined });
    expect(c.snapshot).toMatchObject({
      title: 'Hội nghị tổng kết năm 2023',
      startsAt: new Date('2024-02-29T01:00:00Z'),
      endsAt: new Date('2024-02-29T04:30:00Z'),
      organizer: { name: 'UBND tỉnh Sơn La' },
      yearReviewed: 2023,
    });
  });

  it('goes draft → scheduled → in progress → concluded', () => {
    const c = draft();
    c.schedule();
    c.start();
    c.conclude();
    expect(c.snapshot.status).toBe('concluded');
  });

  it('refuses rescheduling a concluded conference, saying when it is possible', () => {
    const c = draft();
    c.schedule();
    c.start();
    c.conclude();
    expect(
      viOf(() =>
        c.reschedule({
          startsAt: new Date('2024-03-01T01:00:00Z'),
          endsAt: new Date('2024-03-01T04:00:00Z'),
          reason: 'x',
        }),
      ),
    ).toMatch(/Không thể dời lịch hội nghị đã kết thúc; chỉ dời lịch được khi hội nghị đã lên lịch/);
  });

  it('allows each action only in its states', () => {
    const table: Record<ConferenceAction, string[]> = {
      schedule: ['draft'],
      reschedule: ['scheduled'],
      cancel: ['draft', 'scheduled'],
      start: ['scheduled'],
      conclude: ['in_progress'],
      'edit-details': ['draft'],
      'edit-agenda': ['draft', 'scheduled', 'in_progress'],
      'publish-agenda': ['scheduled', 'in_progress'],
      'launch-movement': ['scheduled', 'in_progress', 'concluded'],
      'record-ceremony': ['scheduled', 'in_progress', 'concluded'],
    };
    for (const [action, states] of Object.entries(table)) {
      expect(CONFERENCE_STATUSES.filter((s) => isAllowed(s, action as ConferenceAction))).toEqual(states);
    }
  });

  it('cancels with a reason and bumps the calendar sequence; a cancelled conference cannot start', () => {
    const c = draft();
    c.schedule();
    c.cancel('  Thay đổi kế hoạch  ');
    expect(c.snapshot).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Thay đổi kế hoạch' },
      sequence: 1,
    });
    expect(() => c.start()).toThrow(InvalidTransition);
  });

  it('refuses an end before the start and a launch year that does not follow the reviewed one', () => {
    expect(() => draft({ endsAt: new Date('2024-02-29T00:00:00Z') })).toThrow(InvalidInput);
    expect(viOf(() => draft({ yearLaunched: 2026 }))).toMatch(/Năm triển khai \(2026\)/);
  });

  it('needs a venue in person and a connection point online before scheduling', () => {
    expect(() => draft({ venue: undefined }).schedule()).toThrow(NotReady);
    const online = draft({ format: 'online', venue: undefined });
    expect(viOf(() => online.schedule())).toMatch(/điểm cầu/);
    online.addConnectionPoint({ hostUnit: 'UBND huyện Mộc Châu', location: 'Hội trường huyện', expectedAttendees: 80 });
    online.schedule();
    expect(online.snapshot.status).toBe('scheduled');
  });

  it('moves the programme with the conference when rescheduled, and refuses a shorter day that leaves segments out', () => {
    const c = draft();
    c.addSegment({ kind: 'opening', startTime: '08:00', endTime: '08:15' });
    c.addSegment({ kind: 'closing', startTime: '11:00', endTime: '11:30' });
    c.schedule();
    c.reschedule({
      startsAt: new Date('2024-03-01T02:00:00Z'),
      endsAt: new Date('2024-03-01T05:30:00Z'),
      reason: 'Trùng lịch họp Tỉnh ủy',
    });
    expect(c.snapshot.segments.map((s) => s.startsAt!.toISOString())).toEqual([
      '2024-03-01T02:00:00.000Z',
      '2024-03-01T05:00:00.000Z',
    ]);
    expect(() =>
      c.reschedule({
        startsAt: new Date('2024-03-02T02:00:00Z'),
        endsAt: new Date('2024-03-02T03:00:00Z'),
        reason: 'x',
      }),
    ).toThrow(SegmentOutsideHours);
    expect(c.snapshot.sequence).toBe(1);
  });
});

describe('Conference: agenda', () => {
  it('keeps segments in time order, local hours in Hà Nội', () => {
    const c = draft();
    c.addSegment({ kind: 'review-report', startTime: '08:15', endTime: '09:00' });
    c.addSegment({ kind: 'opening', startTime: '08:00', endTime: '08:15' });
    expect(c.snapshot.segments.map((s) => [s.order, s.kind, s.startsAt!.toISOString()])).toEqual([
      [1, 'opening', '2024-02-29T01:00:00.000Z'],
      [2, 'review-report', '2024-02-29T01:15:00.000Z'],
    ]);
    expect(c.snapshot.segments[1]!.title).toBe('Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023');
  });

  it('refuses overlapping segments and segments outside the hours, changing nothing', () => {
    const c = draft();
    c.addSegment({ kind: 'review-report', startTime: '08:15', endTime: '09:00' });
    expect(() => c.addSegment({ kind: 'discussion', startTime: '08:45', endTime: '09:30' })).toThrow(SegmentOverlap);
    expect(() => c.addSegment({ kind: 'opening', startTime: '07:30', endTime: '08:15' })).toThrow(SegmentOutsideHours);
    expect(c.snapshot.segments).toHaveLength(1);
  });

  it('refuses times that are not times of day, and an end before the start', () => {
    const c = draft();
    expect(viOf(() => c.addSegment({ kind: 'opening', startTime: '25:00', endTime: '25:15' }))).toMatch(
      /không phải giờ trong ngày/,
    );
    expect(viOf(() => c.addSegment({ kind: 'opening', startTime: '08:15', endTime: '08:00' }))).toMatch(
      /phải sau giờ bắt đầu/,
    );
    expect(
      viOf(() => c.addSegment({ kind: 'opening', date: '2024-02-30', startTime: '08:00', endTime: '08:15' })),
    ).toMatch(/Ngày “2024-02-30”/);
  });

  it('takes presenters from the guest list only', () => {
    const { c, g } = withGuest();
    const s = c.addSegment({
      kind: 'directing-speech',
      startTime: '10:30',
      endTime: '11:00',
      presenterGuestIds: [g.id],
    });
    expect(s.presenters).toEqual([
      { guestId: g.id, personId: g.personId, name: 'Nguyễn Hữu Đông', titles: ['Bí thư Tỉnh ủy'] },
    ]);
    expect(() =>
      c.addSegment({ kind: 'closing', startTime: '11:00', endTime: '11:30', presenterGuestIds: ['nobody'] }),
    ).toThrow(NotAGuest);
  });

  it('changes, reorders and removes segments', () => {
    const c = draft();
    const a = c.addSegment({
      kind: 'discussion',
      title: 'Tham luận của Sở Y tế',
      startTime: '09:00',
      endTime: '09:10',
    });
    const b = c.addSegment({
      kind: 'discussion',
      title: 'Tham luận của huyện Mộc Châu',
      startTime: '09:15',
      endTime: '09:35',
    });
    c.reorderSegments([b.id, a.id]);
    expect(c.snapshot.segments.map((s) => [s.title, s.startsAt!.toISOString(), s.endsAt!.toISOString()])).toEqual([
      ['Tham luận của huyện Mộc Châu', '2024-02-29T02:00:00.000Z', '2024-02-29T02:20:00.000Z'],
      ['Tham luận của Sở Y tế', '2024-02-29T02:20:00.000Z', '2024-02-29T02:30:00.000Z'],
    ]);
    c.updateSegment(a.id, { startTime: '10:00', endTime: '10:20', status: 'done' });
    expect(c.segment(a.id)).toMatchObject({ status: 'done', startsAt: new Date('2024-02-29T03:00:00Z') });
    c.removeSegment(b.id);
    expect(c.snapshot.segments.map((s) => s.order)).toEqual([1]);
    expect(() => c.reorderSegments([a.id, a.id])).toThrow(InvalidInput);
  });

  it('publishes numbered versions only once every segment has a time', () => {
    const c = draft();
    c.addSegment({ kind: 'opening', startTime: '08:00', endTime: '08:15' });
    expect(() => c.publishAgenda()).toThrow(InvalidTransition);
    c.schedule();
    expect(c.applyAwards(true)).toBe(true);
    expect(c.applyAwards(true)).toBe(false);
    expect(viOf(() => c.publishAgenda())).toMatch(/chưa xếp giờ: “Trao tặng/);
    const award = c.snapshot.segments.find((s) => s.kind === 'award-presentation')!;
    c.updateSegment(award.id, { startTime: '09:00', endTime: '09:30' });
    expect(c.publishAgenda().version).toBe(1);
    expect(c.publishAgenda().version).toBe(2);
  });

  it('adds the covenant signing segment if missing, and marks it done once every covenant is signed', () => {
    const c = draft();
    c.addSegment({ kind: 'opening', startTime: '08:00', endTime: '08:15' });
    c.addSegment({ kind: 'closing', startTime: '11:00', endTime: '11:30' });
    const link = { covenantId: 'c1', title: 'Giao ước', clusterName: 'Cụm', year: 2024, parties: ['A', 'B'] };
    c.applyCovenants([
      { ...link, status: 'fully_signed' },
      { ...link, covenantId: 'c2', status: 'drafted' },
    ]);
    expect(c.snapshot.segments.map((s) => [s.kind, s.status])).toEqual([
      ['opening', 'planned'],
      ['covenant-signing', 'planned'],
      ['closing', 'planned'],
    ]);
    expect(
      c.applyCovenants([
        { ...link, status: 'fully_signed' },
        { ...link, covenantId: 'c2', status: 'fully_signed' },
      ]),
    ).toBe(true);
    expect(
      c.applyCovenants([
        { ...link, status: 'fully_signed' },
        { ...link, covenantId: 'c2', status: 'fully_signed' },
      ]),
    ).toBe(false);
    expect(c.snapshot.segments.filter((s) => s.kind === 'covenant-signing').map((s) => s.status)).toEqual(['done']);
  });

  it('records the movement launch by a guest, once per theme', () => {
    const { c, g } = withGuest();
    c.schedule();
    expect(() => c.launchMovement({ theme: 'x', launchedByGuestId: 'nobody' })).toThrow(NotAGuest);
    const m = c.launchMovement({ theme: '“Đoàn kết, sáng tạo”', launchedByGuestId: g.id });
    expect(m).toMatchObject({ theme: 'Đoàn kết, sáng tạo', year: 2024, launchedBy: { name: 'Nguyễn Hữu Đông' } });
    expect(c.launchMovement({ theme: 'Đoàn kết, sáng tạo', launchedByGuestId: g.id })).toBeUndefined();
  });
});
