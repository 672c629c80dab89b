import { PresenterBusy, SegmentOutsideHours, SegmentOverlap, VenueDoubleBooked } from './conference.errors';
import { isTimed, type Segment, type TimedSegment } from './segment';
import { DEFAULT_TIME_ZONE, localDate, localTime } from '@tdkt/vietnamese';

/** A span of time, half-open: a segment ending at 08:15 and one starting at 08:15 do not overlap. */
export interface Span {
  startsAt: Date;
  endsAt: Date;
}

export const overlaps = (a: Span, b: Span): boolean => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** "08:15 29/02/2024" in the conference's zone. */
export function at(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const [y, m, d] = localDate(instant, timeZone).split('-');
  return `${localTime(instant, timeZone)} ${d}/${m}/${y}`;
}
const hours = (s: Span, tz: string) => `${localTime(s.startsAt, tz)}–${localTime(s.endsAt, tz)}`;

/** No two segments of one agenda at the same time. */
export function assertNoOverlap(segments: readonly Segment[], timeZone = DEFAULT_TIME_ZONE): void {
  const timed = segments.filter(isTimed).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < timed.length; i++) {
    const [a, b] = [timed[i - 1]!, timed[i]!];
    if (!overlaps(a, b)) continue;
    throw new SegmentOverlap(
      `Mục “${b.title}” (${hours(b, timeZone)}) trùng giờ với mục “${a.title}” (${hours(a, timeZone)}); hãy đổi giờ để hai mục không chồng lên nhau`,
      `Segment "${b.title}" (${hours(b, timeZone)}) overlaps "${a.title}" (${hours(a, timeZone)}); change the times so they do not overlap`,
      'startTime',
    );
  }
}

/** Every segment inside the conference's hours. */
export function assertWithinHours(segments: readonly Segment[], conference: Span & { timeZone: string }): void {
  const tz = conference.timeZone;
  const outside = segments
    .filter(isTimed)
    .find((s) => s.startsAt < conference.startsAt || s.endsAt > conference.endsAt);
  if (!outside) return;
  throw new SegmentOutsideHours(
    `Mục “${outside.title}” (${at(outside.startsAt, tz)} – ${at(outside.endsAt, tz)}) nằm ngoài thời gian hội nghị ` +
      `(${at(conference.startsAt, tz)} – ${at(conference.endsAt, tz)}); hãy xếp mục trong khoảng này hoặc dời lịch hội nghị`,
    `Segment "${outside.title}" (${at(outside.startsAt, tz)} – ${at(outside.endsAt, tz)}) is outside the conference's hours ` +
      `(${at(conference.startsAt, tz)} – ${at(conference.endsAt, tz)}); move it inside them or reschedule the conference`,
    'startTime',
  );
}

/** Another scheduled or running conference holding a venue. */
export interface VenueBooking extends Span {
  conferenceId: string;
  title: string;
  venueId: string;
  venueName: string;
}

/** A venue hosts one conference at a time. */
export function assertVenueFree(
  conference: Span & { id: string; venueId?: string; timeZone: string },
  bookings: readonly VenueBooking[],
): void {
  if (!conference.venueId) return;
  const clash = bookings.find(
    (b) => b.conferenceId !== conference.id && b.venueId === conference.venueId && overlaps(b, conference),
  );
  if (!clash) return;
  const tz = conference.timeZone;
  throw new VenueDoubleBooked(
    `${clash.venueName} đã được dành cho “${clash.title}” (${at(clash.startsAt, tz)} – ${at(clash.endsAt, tz)}); hãy chọn địa điểm khác hoặc thời gian khác`,
    `${clash.venueName} is already booked for "${clash.title}" (${at(clash.startsAt, tz)} – ${at(clash.endsAt, tz)}); choose another venue or another time`,
    'venueId',
  );
}

/** A segment of another scheduled or running conference where a person presents. */
export interface PresenterBooking extends Span {
  conferenceId: string;
  conferenceTitle: string;
  segmentTitle: string;
  personIds: string[];
}

/** Nobody presents in two places at once (here and in another conference). */
export function assertPresentersFree(
  conferenceId: string,
  segments: readonly Segment[],
  bookings: readonly PresenterBooking[],
  timeZone = DEFAULT_TIME_ZONE,
): void {
  for (const s of segments.filter(isTimed) as TimedSegment[]) {
    for (const p of s.presenters) {
      const clash = bookings.find(
        (b) => b.conferenceId !== conferenceId && b.personIds.includes(p.personId) && overlaps(b, s),
      );
      if (!clash) continue;
      throw new PresenterBusy(
        `${p.name} trình bày mục “${s.title}” (${at(s.startsAt, timeZone)}) nhưng cùng lúc có mặt ở mục “${clash.segmentTitle}” của “${clash.conferenceTitle}” ` +
          `(${at(clash.startsAt, timeZone)} – ${at(clash.endsAt, timeZone)}); hãy đổi người trình bày hoặc đổi giờ`,
        `${p.name} presents "${s.title}" (${at(s.startsAt, timeZone)}) while due at "${clash.segmentTitle}" of "${clash.conferenceTitle}" ` +
          `(${at(clash.startsAt, timeZone)} – ${at(clash.endsAt, timeZone)}); choose another presenter or another time`,
        'presenterGuestIds',
      );
    }
  }
}
