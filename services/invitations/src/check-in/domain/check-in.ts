import { Conflict, InvalidInput } from '../../common/domain/invitations.errors';
import type { Conference } from '../../conferences/domain/conference';

export type SiteKind = 'venue' | 'connection-point';
export interface Site {
  kind: SiteKind;
  siteId?: string;
  name: string;
}

/** Check-in opens 12 hours before the start and closes 12 hours after the end ("on the day"). */
export const CHECK_IN_MARGIN_MS = 12 * 3600_000;

/** The site a check-in names, resolved against the conference's venue and connection points. */
export function resolveSite(c: Conference, kind: SiteKind, siteId: string | undefined): Site {
  if (kind === 'venue') {
    if (!c.venue) {
      throw new InvalidInput('site.kind', 'Hội nghị này không có hội trường chính (chỉ tổ chức trực tuyến); hãy chọn điểm cầu', 'this conference has no venue (online only); choose a connection point');
    }
    return { kind, name: c.venue.name };
  }
  const point = c.connectionPoints.find((p) => p.connectionPointId === siteId);
  if (!point) {
    throw new InvalidInput('site.siteId', 'Điểm cầu không thuộc hội nghị này', 'the connection point does not belong to this conference');
  }
  return { kind, siteId: point.connectionPointId, name: `${point.hostUnit} (${point.location})` };
}

export function checkInOpen(c: Conference, now: Date): void {
  if (c.cancelled) throw new Conflict('conference-cancelled', 'Hội nghị đã bị hủy', 'the conference was cancelled');
  if (!c.startsAt || !c.endsAt) throw new Conflict('conference-not-scheduled', 'Hội nghị chưa có lịch', 'the conference is not scheduled');
  if (now.getTime() < c.startsAt.getTime() - CHECK_IN_MARGIN_MS || now.getTime() > c.endsAt.getTime() + CHECK_IN_MARGIN_MS) {
    throw new Conflict('check-in-closed', 'Chỉ điểm danh trong ngày diễn ra hội nghị', 'check-in is open on the day of the conference only');
  }
}
