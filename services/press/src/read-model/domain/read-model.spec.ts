import {
  AgendaPublished,
  ConferenceRescheduled,
  ConferenceScheduled,
  type AwardTypeRef,
  type GuestRef,
} from '@tdkt/contracts';
import { applyConferenceEvent } from '@tdkt/replicas';
import {
  applyAttendance,
  applyInvitation,
  applyRsvp,
  attends,
  inProtocolOrder,
  newAttendee,
  type AttendeeFacts,
} from './attendee';
import { tallyAwards, type AwardFact } from './award-tally';
import { conferenceView, type ConferenceFacts } from './conference-facts';
import { applyCovenantCreated, applyCovenantSigned, applySignature, covenantView, newCovenant } from './covenant-facts';

const conferenceId = '11111111-1111-4111-8111-111111111111';
const scheduled = (eventId: string, time: string, startsAt: string) => ({
  eventId,
  time,
  data: {
    conferenceId,
    organizer: { name: 'UBND tỉnh Sơn La' },
    kind: 'provincial-review' as const,
    title: 'Hội nghị tổng kết',
    yearReviewed: 2023,
    yearLaunched: 2024,
    timeZone: 'Asia/Ho_Chi_Minh',
    startsAt,
    endsAt: startsAt,
    format: 'in-person' as const,
  },
});

describe('conference facts', () => {
  const fold = (f: ConferenceFacts, type: string, fact: { eventId: string; time: string; data: unknown }) =>
    applyConferenceEvent(f, { id: fact.eventId, time: fact.time, type, data: fact.data });

  it('keeps a reschedule that arrived before the schedule, and the newest of two reschedules', () => {
    const moved = (eventId: string, time: string, startsAt: string) => ({
      eventId,
      time,
      data: {
        conferenceId,
        startsAt,
        endsAt: startsAt,
        previousStartsAt: startsAt,
        previousEndsAt: startsAt,
        reason: 'x',
      },
    });
    const f0: ConferenceFacts = { conferenceId };
    const f1 = fold(f0, ConferenceRescheduled.type, moved('r2', '2024-01-03T00:00:00Z', '2024-02-29T01:00:00Z'));
    expect(f1).not.toBe(f0);
    expect(conferenceView(f1)).toBeUndefined(); // not scheduled yet: kept, waiting
    const f2 = fold(f1, ConferenceScheduled.type, scheduled('s1', '2024-01-01T00:00:00Z', '2024-02-28T01:00:00Z'));
    expect(f2).not.toBe(f1);
    expect(fold(f2, ConferenceRescheduled.type, moved('r1', '2024-01-02T00:00:00Z', '2024-02-27T01:00:00Z'))).toBe(f2);
    expect(fold(f2, ConferenceRescheduled.type, moved('r2', '2024-01-03T00:00:00Z', '2024-02-29T01:00:00Z'))).toBe(f2);
    expect(conferenceView(f2)).toMatchObject({ startsAt: '2024-02-29T01:00:00Z', leadSources: ['s1', 'r2'] });
  });

  it('writes the place of the latest event that names one, and cites it, when a later reschedule moves only the time', () => {
    const hall = { name: 'Hội trường Tỉnh ủy Sơn La' };
    const moved = (eventId: string, time: string, startsAt: string, venue?: typeof hall) => ({
      eventId,
      time,
      data: {
        conferenceId,
        startsAt,
        endsAt: startsAt,
        previousStartsAt: startsAt,
        previousEndsAt: startsAt,
        reason: 'x',
        ...(venue ? { venue } : {}),
      },
    });
    const s1 = scheduled('s1', '2024-01-01T00:00:00Z', '2024-02-28T01:00:00Z');
    let f: ConferenceFacts = fold({ conferenceId }, ConferenceScheduled.type, {
      ...s1,
      data: { ...s1.data, venue: { name: 'Hội trường UBND tỉnh' } },
    });
    f = fold(f, ConferenceRescheduled.type, moved('r1', '2024-01-02T00:00:00Z', '2024-02-29T01:00:00Z', hall));
    f = fold(f, ConferenceRescheduled.type, moved('r2', '2024-01-03T00:00:00Z', '2024-03-01T01:00:00Z'));
    expect(conferenceView(f)).toMatchObject({
      startsAt: '2024-03-01T01:00:00Z',
      venue: hall,
      leadSources: ['s1', 'r2', 'r1'],
    });
  });

  it('keeps the highest agenda version whatever the arrival order', () => {
    const agenda = (eventId: string, version: number) => ({
      eventId,
      time: '2024-01-01T00:00:00Z',
      data: { conferenceId, version, segments: [] },
    });
    const f = fold({ conferenceId }, AgendaPublished.type, agenda('a2', 2));
    expect(fold(f, AgendaPublished.type, agenda('a1', 1))).toBe(f);
    expect(f.agenda?.eventId).toBe('a2');
  });
});

describe('attendees', () => {
  const guest = (guestId: string, name: string, precedence: number, titles: string[] = []): GuestRef => ({
    guestId,
    name,
    titles,
    precedence,
  });
  const at = (g: GuestRef, eventId: string) =>
    newAttendee(conferenceId, { eventId, time: '2024-01-01T00:00:00Z', data: g });
  const rsvp = (
    a: AttendeeFacts,
    eventId: string,
    response: 'accepted' | 'declined' | 'substitute',
    respondedAt: string,
    substitute?: { name: string; titles: string[] },
  ) =>
    applyRsvp(a, {
      eventId,
      time: respondedAt,
      data: {
        invitationId: 'i',
        conferenceId,
        guest: a.guest.data,
        response,
        respondedAt,
        ...(substitute ? { substitute } : {}),
      },
    });

  it('counts the latest answer, whatever the arrival order, and a check-in always', () => {
    const a = at(guest('g1', 'Vi Đức Thọ', 3), 'e0');
    rsvp(a, 'e2', 'declined', '2024-02-20T00:00:00Z');
    expect(rsvp(a, 'e1', 'accepted', '2024-02-10T00:00:00Z')).toBe(false); // older answer, arrived late
    expect(attends(a)).toBe(false);
    applyAttendance(a, {
      eventId: 'e3',
      time: '2024-02-29T01:00:00Z',
      data: {
        conferenceId,
        attendee: a.guest.data,
        site: { kind: 'venue', name: 'Hội trường' },
        checkedInAt: '2024-02-29T01:00:00Z',
        method: 'qr',
      },
    });
    expect(attends(a)).toBe(true);
  });

  it('drops a guest whose invitation was cancelled after accepting', () => {
    const a = at(guest('g1', 'A', 1), 'e0');
    rsvp(a, 'e1', 'accepted', '2024-02-10T00:00:00Z');
    applyInvitation(a, {
      eventId: 'e2',
      time: '2024-02-12T00:00:00Z',
      data: {
        invitationId: 'i',
        conferenceId,
        guest: a.guest.data,
        kind: 'cancellation',
        sequence: 2,
        sentAt: '2024-02-12T00:00:00Z',
      },
    });
    expect(attends(a)).toBe(false);
  });

  it('lists by precedence, then by name with the Vietnamese collator; a substitute takes the guest place', () => {
    const list = [
      at(guest('g3', 'Đặng Văn B', 2), 'a'),
      at(guest('g2', 'Dương Văn A', 2), 'b'),
      at(guest('g1', 'Nguyễn Thái Hưng', 1), 'c'),
    ];
    list.forEach((a, i) => rsvp(a, `r${i}`, 'accepted', '2024-02-10T00:00:00Z'));
    rsvp(list[2]!, 'r9', 'substitute', '2024-02-11T00:00:00Z', {
      name: 'Lò Văn C',
      titles: ['Phó Chủ tịch HĐND tỉnh'],
    });
    expect(inProtocolOrder(list).map((d) => d.name)).toEqual(['Lò Văn C', 'Dương Văn A', 'Đặng Văn B']);
  });

  it('puts the cluster head before the deputy when both chairs rank equal, whatever their names', () => {
    const list = [
      at(
        guest('g1', 'Hoàng Xuân Ánh', 100, [
          'Chủ tịch UBND tỉnh Cao Bằng',
          'Cụm phó Cụm thi đua các tỉnh biên giới phía Bắc',
        ]),
        'a',
      ),
      at(
        guest('g2', 'Nguyễn Văn Sơn', 100, [
          'Chủ tịch UBND tỉnh Hà Giang',
          'Cụm trưởng Cụm thi đua các tỉnh biên giới phía Bắc',
        ]),
        'b',
      ),
    ];
    list.forEach((a, i) => rsvp(a, `r${i}`, 'accepted', '2024-02-10T00:00:00Z'));
    expect(inProtocolOrder(list).map((d) => d.name)).toEqual(['Nguyễn Văn Sơn', 'Hoàng Xuân Ánh']);
  });

  it('marks a body invited as such, but not the person it sends', () => {
    const body = at({ ...guest('g1', 'Trường THPT Chuyên Sơn La', 900), kind: 'collective' }, 'a');
    rsvp(body, 'r1', 'accepted', '2024-02-10T00:00:00Z');
    expect(inProtocolOrder([body])[0]).toMatchObject({ name: 'Trường THPT Chuyên Sơn La', collective: true });
    rsvp(body, 'r2', 'substitute', '2024-02-11T00:00:00Z', { name: 'Lò Thị Hoa', titles: ['Hiệu trưởng'] });
    expect(inProtocolOrder([body])[0]!.collective).toBeUndefined();
  });
});

describe('awards tally', () => {
  const type = (code: string, name: string, rank: number): AwardTypeRef => ({
    code,
    name,
    rank,
    family: 'award-form',
    conferringAuthority: 'x',
  });
  const bk = type('BK', 'Bằng khen của Thủ tướng Chính phủ', 302);
  const ngut = type('NGUT', 'Nhà giáo ưu tú', 220);
  const award = (n: number, t: AwardTypeRef, kind: AwardFact['recipientKind'], revoked = false): AwardFact => ({
    awardId: `a${n}`,
    awardType: t,
    recipientKind: kind,
    conferredEventId: `c${n}`,
    ...(revoked ? { revokedEventId: `r${n}` } : {}),
  });

  it('groups by award, highest rank first, collectives and individuals apart, revocations subtracted', () => {
    const groups = tallyAwards([
      award(1, bk, 'collective'),
      award(2, bk, 'individual'),
      award(3, bk, 'individual', true),
      award(4, ngut, 'individual'),
      { awardId: 'a5', awardType: bk, recipientKind: 'individual', revokedEventId: 'r5' }, // revoked before its conferment arrived
    ]);
    expect(groups.map((g) => [g.awardType.code, g.collectives, g.individuals])).toEqual([
      ['NGUT', 0, 1],
      ['BK', 1, 1],
    ]);
    expect(groups[1]!.sources).toEqual(['c1', 'c2']);
  });
});

describe('covenants', () => {
  it('names the signatories so far, in party order, until the covenant is fully signed', () => {
    const c = newCovenant('cv');
    const party = (partyId: string, unitName: string, order: number) => ({ partyId, unitName, order });
    applySignature(c, {
      eventId: 's2',
      time: '2024-03-05T02:00:00Z',
      data: {
        covenantId: 'cv',
        partyId: 'p2',
        unitName: 'Tỉnh Cao Bằng',
        signatory: { name: 'Lê Hải Hòa', titles: [] },
        signedAt: '2024-03-05T02:00:00Z',
        signedCount: 1,
        partyCount: 2,
      },
    });
    expect(covenantView(c)).toBeUndefined(); // no title yet
    applyCovenantCreated(c, {
      eventId: 'c1',
      time: '2024-03-01T00:00:00Z',
      data: {
        covenantId: 'cv',
        title: 'Giao ước thi đua năm 2024',
        clusterName: 'Cụm',
        year: 2024,
        conferenceId,
        createdAt: '2024-03-01T00:00:00Z',
        parties: [party('p1', 'Tỉnh Hà Giang', 1), party('p2', 'Tỉnh Cao Bằng', 2)],
        targets: [],
      },
    });
    expect(covenantView(c)).toMatchObject({
      fullySigned: false,
      partyCount: 2,
      signed: [{ unitName: 'Tỉnh Cao Bằng' }],
      sources: ['c1', 's2'],
    });
    expect(c.conferenceId).toBe(conferenceId);
    applyCovenantSigned(c, {
      eventId: 'f',
      time: '2024-03-05T02:30:00Z',
      data: {
        covenantId: 'cv',
        title: 'Giao ước thi đua năm 2024',
        clusterName: 'Cụm',
        year: 2024,
        fullySignedAt: '2024-03-05T02:30:00Z',
        parties: [
          {
            ...party('p2', 'Tỉnh Cao Bằng', 2),
            signatory: { name: 'Lê Hải Hòa', titles: [] },
            signedAt: '2024-03-05T02:00:00Z',
          },
          {
            ...party('p1', 'Tỉnh Hà Giang', 1),
            signatory: { name: 'Nguyễn Văn Sơn', titles: [] },
            signedAt: '2024-03-05T02:30:00Z',
          },
        ],
      },
    });
    expect(covenantView(c)).toMatchObject({
      fullySigned: true,
      signed: [{ unitName: 'Tỉnh Hà Giang' }, { unitName: 'Tỉnh Cao Bằng' }],
    });
    expect(c.conferenceId).toBe(conferenceId); // covenant-signed without one keeps the created one
  });
});
