import type { SegmentKind } from '@tdkt/contracts';
import { InvalidInput, NotAGuest } from './conference.errors';
import type { Guest } from './conference.types';
import { parseLocalDate, parseTimeOfDay, zonedInstant } from './local-time';
import type { Presenter, SegmentStatus } from './segment';
import { localDate, localTime } from '@tdkt/vietnamese';

/** A segment as the organizer writes it: local date (default: the conference's first day) and hours. */
export interface SegmentInput {
  kind: SegmentKind;
  title?: string;
  date?: string;
  startTime: string;
  endTime: string;
  presenterGuestIds?: string[];
  notes?: string;
}

export interface SegmentPatch {
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  presenterGuestIds?: string[];
  status?: SegmentStatus;
  notes?: string;
}

/**
 * Local date and hours → instants. A segment lies within one day: its end is after its start
 * on the same date (the conference may span several days, each segment names its date).
 */
export function segmentSpan(
  date: string,
  startTime: string,
  endTime: string,
  timeZone: string,
): { startsAt: Date; endsAt: Date } {
  if (!parseLocalDate(date)) {
    throw new InvalidInput(
      `Ngày “${date}” không hợp lệ: hãy nhập ngày có thật dạng YYYY-MM-DD (ví dụ 2024-02-29)`,
      `Date "${date}" is not valid: give a real date as YYYY-MM-DD (e.g. 2024-02-29)`,
      'date',
    );
  }
  for (const [field, value, vi, en] of [
    ['startTime', startTime, 'bắt đầu', 'start'],
    ['endTime', endTime, 'kết thúc', 'end'],
  ] as const) {
    if (!parseTimeOfDay(value)) {
      throw new InvalidInput(
        `Giờ ${vi} “${value}” không phải giờ trong ngày: hãy nhập dạng HH:mm từ 00:00 đến 23:59 (ví dụ 08:00)`,
        `The ${en} time "${value}" is not a time of day: give HH:mm from 00:00 to 23:59 (e.g. 08:00)`,
        field,
      );
    }
  }
  if (endTime <= startTime) {
    throw new InvalidInput(
      `Giờ kết thúc (${endTime}) phải sau giờ bắt đầu (${startTime}); một mục không kéo dài qua nửa đêm`,
      `The end time (${endTime}) must be after the start time (${startTime}); a segment does not run past midnight`,
      'endTime',
    );
  }
  return { startsAt: zonedInstant(date, startTime, timeZone), endsAt: zonedInstant(date, endTime, timeZone) };
}

/** The current local date and hours of a timed segment, as defaults for a partial change. */
export function localSpan(s: { startsAt: Date; endsAt: Date }, timeZone: string) {
  return {
    date: localDate(s.startsAt, timeZone),
    startTime: localTime(s.startsAt, timeZone),
    endTime: localTime(s.endsAt, timeZone),
  };
}

/** Guests by id → presenters; anyone not on the guest list is refused. */
export function resolvePresenters(
  guestIds: readonly string[],
  guests: readonly Guest[],
  field = 'presenterGuestIds',
): Presenter[] {
  return [...new Set(guestIds)].map((id) => {
    const g = guests.find((x) => x.id === id);
    if (!g) {
      throw new NotAGuest(
        `Người trình bày mã ${id} không có trong danh sách khách mời của hội nghị; hãy thêm khách mời trước rồi chọn lại`,
        `Presenter ${id} is not on the conference's guest list; add them as a guest first, then choose them again`,
        field,
      );
    }
    return { guestId: g.id, personId: g.personId, name: g.name, titles: g.titles };
  });
}
