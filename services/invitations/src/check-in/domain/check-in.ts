import type { GuestRef } from '@tdkt/contracts';
import { Conflict, InvalidInput } from '../../common/domain/invitations.errors';
import { ON_THE_DAY_MARGIN_MS, type Conference } from '../../conferences/domain/conference';

export type SiteKind = 'venue' | 'connection-point';
export interface Site {
  kind: SiteKind;
  siteId?: string;
  name: string;
}

/** A check-in: who came (the substitute or the representative when there is one), where, how and when. */
export interface Attendance {
  id: string;
  invitationId: string;
  attendee: GuestRef & { substituteFor?: string };
  site: Site;
  method: 'organizer' | 'qr';
  checkedInAt: Date;
}

/** The site a check-in names, resolved against the conference's venue and connection points. */
export function resolveSite(c: Conference, kind: SiteKind, siteId: string | undefined): Site {
  if (kind === 'venue') {
    if (!c.venue) {
      throw new InvalidInput(
        'site.kind',
        'Hội nghị này không có hội trường chính (chỉ tổ chức trực tuyến); hãy chọn điểm cầu',
        'this conference has no venue (online only); choose a connection point',
      );
    }
    return { kind, name: c.venue.name };
  }
  const point = c.connectionPoints.find((p) => p.connectionPointId === siteId);
  if (!point) {
    throw new InvalidInput(
      'site.siteId',
      'Điểm cầu không thuộc hội nghị này',
      'the connection point does not belong to this conference',
    );
  }
  return { kind, siteId: point.connectionPointId, name: `${point.hostUnit} (${point.location})` };
}

/** Check-in is open on the day only (12 hours before the start … 12 hours after the end). */
export function checkInOpen(c: Conference, now: Date): void {
  if (c.cancelled) throw new Conflict('conference-cancelled', 'Hội nghị đã bị hủy', 'the conference was cancelled');
  if (!c.startsAt || !c.endsAt)
    throw new Conflict('conference-not-scheduled', 'Hội nghị chưa có lịch', 'the conference is not scheduled');
  if (
    now.getTime() < c.startsAt.getTime() - ON_THE_DAY_MARGIN_MS ||
    now.getTime() > c.endsAt.getTime() + ON_THE_DAY_MARGIN_MS
  ) {
    throw new Conflict(
      'check-in-closed',
      'Chỉ điểm danh trong ngày diễn ra hội nghị',
      'check-in is open on the day of the conference only',
    );
  }
}
