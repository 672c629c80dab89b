import type { ProblemInit } from '@tdkt/service-kit';
import {
  AgendaError,
  Duplicate,
  InvalidInput,
  InvalidTransition,
  NotAGuest,
  NotFound,
  NotReady,
  PresenterBusy,
  SegmentOutsideHours,
  SegmentOverlap,
  UnknownReference,
  VenueDoubleBooked,
} from './domain/conference.errors';

type Kind = { status: number; type: string; vi: string; en: string };
const KINDS: [new (...a: never[]) => AgendaError, Kind][] = [
  [NotFound, { status: 404, type: 'not-found', vi: 'Không tìm thấy', en: 'Not found' }],
  [InvalidInput, { status: 400, type: 'invalid-input', vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }],
  [
    InvalidTransition,
    {
      status: 409,
      type: 'invalid-transition',
      vi: 'Không thực hiện được ở trạng thái hiện tại',
      en: 'Not possible in the current state',
    },
  ],
  [SegmentOverlap, { status: 409, type: 'segment-overlap', vi: 'Các mục trùng giờ', en: 'Overlapping segments' }],
  [
    SegmentOutsideHours,
    {
      status: 422,
      type: 'segment-outside-hours',
      vi: 'Mục nằm ngoài thời gian hội nghị',
      en: "Segment outside the conference's hours",
    },
  ],
  [
    VenueDoubleBooked,
    { status: 409, type: 'venue-double-booked', vi: 'Địa điểm đã có hội nghị khác', en: 'Venue double-booked' },
  ],
  [
    PresenterBusy,
    { status: 409, type: 'presenter-busy', vi: 'Người trình bày bận cùng lúc', en: 'Presenter in two places at once' },
  ],
  [NotAGuest, { status: 422, type: 'not-a-guest', vi: 'Không phải khách mời', en: 'Not a guest' }],
  [NotReady, { status: 422, type: 'not-ready', vi: 'Chưa đủ điều kiện', en: 'Not ready' }],
  [Duplicate, { status: 409, type: 'duplicate', vi: 'Đã tồn tại', en: 'Already exists' }],
  [
    UnknownReference,
    { status: 422, type: 'unknown-reference', vi: 'Tham chiếu không tồn tại', en: 'Unknown reference' },
  ],
];

/** Domain errors → problem details: a Vietnamese message that says what to fix, the English alongside. */
export function mapAgendaError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof AgendaError)) return undefined;
  const kind = KINDS.find(([type]) => err instanceof type)?.[1];
  if (!kind) return undefined;
  return {
    status: kind.status,
    type: kind.type,
    vi: { title: kind.vi, detail: err.vi },
    en: { title: kind.en, detail: err.en },
    ...(err.field ? { errors: [{ field: err.field, code: kind.type, vi: err.vi, en: err.en }] } : {}),
  };
}
