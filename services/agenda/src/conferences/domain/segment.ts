import { SEGMENT_KINDS, type SegmentKind } from '@tdkt/contracts';

export type SegmentStatus = 'planned' | 'done' | 'skipped';
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['planned', 'done', 'skipped'];

/** Someone on the conference's guest list who speaks or acts in a segment. */
export interface Presenter {
  guestId: string;
  /** the person across conferences: how "a presenter in two places at once" is found */
  personId: string;
  name: string;
  titles: string[];
}

/**
 * A typed agenda item (docs/domain.md#agenda-segments). Times are optional only for segments the platform added
 * by itself (a covenant signed or awards conferred for a conference whose agenda had no such
 * item): they wait for the organizer to give them a time ("chưa xếp giờ").
 */
export interface Segment {
  id: string;
  order: number;
  kind: SegmentKind;
  title: string;
  startsAt?: Date;
  endsAt?: Date;
  presenters: Presenter[];
  status: SegmentStatus;
  notes?: string;
}

export type TimedSegment = Segment & { startsAt: Date; endsAt: Date };

export const isTimed = (s: Segment): s is TimedSegment => s.startsAt !== undefined && s.endsAt !== undefined;

/** The usual place of a kind in a Vietnamese review conference (opening first, closing last). */
export const kindRank = (kind: SegmentKind): number => SEGMENT_KINDS.indexOf(kind);

/** The title a segment gets when the organizer gives none. */
export function defaultSegmentTitle(kind: SegmentKind, years: { yearReviewed: number; yearLaunched: number }): string {
  const titles: Record<SegmentKind, string> = {
    opening: 'Tuyên bố lý do, giới thiệu đại biểu',
    'review-report': `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${years.yearReviewed}`,
    discussion: 'Tham luận',
    'award-decisions': 'Công bố quyết định khen thưởng',
    'award-presentation': 'Trao tặng danh hiệu thi đua và hình thức khen thưởng',
    'movement-launch': `Phát động phong trào thi đua năm ${years.yearLaunched}`,
    'covenant-signing': `Ký kết giao ước thi đua năm ${years.yearLaunched}`,
    'cluster-head-handover': `Bầu Cụm trưởng, Cụm phó và bàn giao nhiệm vụ Cụm trưởng năm ${years.yearLaunched}`,
    'directing-speech': 'Phát biểu chỉ đạo',
    closing: 'Bế mạc hội nghị',
  };
  return titles[kind];
}
