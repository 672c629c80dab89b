import type { AgendaError } from './conference.errors';
import {
  assertNoOverlap,
  assertPresentersFree,
  assertVenueFree,
  assertWithinHours,
  type PresenterBooking,
  type VenueBooking,
} from './agenda-rules';
import { PresenterBusy, SegmentOutsideHours, SegmentOverlap, VenueDoubleBooked } from './conference.errors';
import type { Segment } from './segment';

/** The Vietnamese message of the domain error `fn` throws. */
const viOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as AgendaError).vi;
  }
  throw new Error('did not throw');
};

const t = (hhmm: string, day = '2024-02-29') => new Date(`${day}T${hhmm}:00+07:00`);
const seg = (id: string, from: string, to: string, personIds: string[] = []): Segment => ({
  id,
  order: 0,
  kind: 'discussion',
  title: `Mục ${id}`,
  startsAt: t(from),
  endsAt: t(to),
  status: 'planned',
  presenters: personIds.map((p) => ({ guestId: `g-${p}`, personId: p, name: `Ông ${p}`, titles: [] })),
});
const conference = {
  id: 'me',
  startsAt: t('08:00'),
  endsAt: t('11:30'),
  timeZone: 'Asia/Ho_Chi_Minh',
  venueId: 'hall-1',
};

describe('conflict rules', () => {
  it('overlapping segments: refused, naming both with their local hours; touching ones are fine', () => {
    expect(() => assertNoOverlap([seg('a', '08:00', '08:15'), seg('b', '08:15', '09:00')])).not.toThrow();
    expect(() => assertNoOverlap([seg('a', '08:00', '08:30'), seg('b', '08:15', '09:00')])).toThrow(SegmentOverlap);
    expect(viOf(() => assertNoOverlap([seg('b', '08:15', '09:00'), seg('a', '08:00', '08:30')]))).toBe(
      'Mục “Mục b” (08:15–09:00) trùng giờ với mục “Mục a” (08:00–08:30); hãy đổi giờ để hai mục không chồng lên nhau',
    );
  });

  it('a segment outside the conference hours: refused, with both spans', () => {
    expect(() => assertWithinHours([seg('a', '08:00', '11:30')], conference)).not.toThrow();
    expect(() => assertWithinHours([seg('a', '11:00', '11:45')], conference)).toThrow(SegmentOutsideHours);
    expect(viOf(() => assertWithinHours([seg('a', '07:45', '08:15')], conference))).toMatch(
      /ngoài thời gian hội nghị \(08:00 29\/02\/2024 – 11:30 29\/02\/2024\)/,
    );
    expect(() =>
      assertWithinHours([{ ...seg('u', '08:00', '08:15'), startsAt: undefined, endsAt: undefined }], conference),
    ).not.toThrow();
  });

  it('a venue booked by another conference at the same time: refused; another day or another hall is fine', () => {
    const booking: VenueBooking = {
      conferenceId: 'other',
      title: 'Hội nghị Cụm thi đua',
      venueId: 'hall-1',
      venueName: 'Hội trường A',
      startsAt: t('11:00'),
      endsAt: t('12:00'),
    };
    expect(() => assertVenueFree(conference, [booking])).toThrow(VenueDoubleBooked);
    expect(viOf(() => assertVenueFree(conference, [booking]))).toMatch(
      /Hội trường A đã được dành cho “Hội nghị Cụm thi đua” \(11:00 29\/02\/2024/,
    );
    expect(() => assertVenueFree(conference, [{ ...booking, startsAt: t('11:30'), endsAt: t('12:30') }])).not.toThrow();
    expect(() => assertVenueFree(conference, [{ ...booking, venueId: 'hall-2' }])).not.toThrow();
    expect(() => assertVenueFree(conference, [{ ...booking, conferenceId: 'me' }])).not.toThrow();
    expect(() => assertVenueFree({ ...conference, venueId: undefined }, [booking])).not.toThrow();
  });

  it('a presenter in two places at once: refused; the same person later, or someone else, is fine', () => {
    const elsewhere: PresenterBooking = {
      conferenceId: 'other',
      conferenceTitle: 'Hội nghị Khối thi đua',
      segmentTitle: 'Phát biểu chỉ đạo',
      personIds: ['p1'],
      startsAt: t('09:00'),
      endsAt: t('09:30'),
    };
    expect(() => assertPresentersFree('me', [seg('a', '09:15', '09:45', ['p1'])], [elsewhere])).toThrow(PresenterBusy);
    expect(viOf(() => assertPresentersFree('me', [seg('a', '09:15', '09:45', ['p1'])], [elsewhere]))).toMatch(
      /Ông p1 trình bày mục “Mục a” \(09:15 29\/02\/2024\) nhưng cùng lúc có mặt ở mục “Phát biểu chỉ đạo” của “Hội nghị Khối thi đua”/,
    );
    expect(() => assertPresentersFree('me', [seg('a', '09:30', '10:00', ['p1'])], [elsewhere])).not.toThrow();
    expect(() => assertPresentersFree('me', [seg('a', '09:15', '09:45', ['p2'])], [elsewhere])).not.toThrow();
  });
});
