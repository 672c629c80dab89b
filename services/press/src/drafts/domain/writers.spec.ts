import type { AwardTypeRef } from '@tdkt/contracts';
import type { AwardFact } from '../../read-model/domain/award-tally';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import { writeAwardAnnouncement } from './award-announcement.writer';
import { writeConferenceReport } from './conference-report.writer';

const conferenceId = '11111111-1111-4111-8111-111111111111';
const file = (
  over: { organizer?: string; title?: string; startsAt?: string; venue?: string; kind?: 'cluster-review' } = {},
  awards: AwardFact[] = [],
): ConferenceFile => ({
  conference: {
    conferenceId,
    schedule: {
      eventId: 's',
      time: '2024-01-01T00:00:00Z',
      data: {
        conferenceId,
        organizer: { name: over.organizer ?? 'UBND tỉnh Hà Giang' },
        kind: over.kind ?? 'provincial-review',
        title:
          over.title ??
          'Hội nghị tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023 các sở, ban, ngành, các huyện, thành phố',
        yearReviewed: 2023,
        yearLaunched: 2024,
        timeZone: 'Asia/Ho_Chi_Minh',
        format: 'in-person',
        connectionPoints: [],
      },
    },
    timing: {
      eventId: 's',
      time: '2024-01-01T00:00:00Z',
      data: { startsAt: over.startsAt ?? '2023-12-27T08:00:00+07:00', endsAt: '2023-12-27T11:00:00+07:00' },
    },
    ...(over.venue ? { venue: { eventId: 's', time: '2024-01-01T00:00:00Z', data: { name: over.venue } } } : {}),
  },
  attendees: [],
  awards,
  decisions: [],
  covenants: [],
  ceremony: [],
  clusters: [],
});
const bk: AwardTypeRef = {
  code: 'BK',
  name: 'Bằng khen của Thủ tướng Chính phủ',
  family: 'award-form',
  rank: 302,
  conferringAuthority: 'Thủ tướng Chính phủ',
};
const award = (n: number): AwardFact => ({
  awardId: `a${n}`,
  awardType: bk,
  recipientKind: 'collective',
  conferredEventId: `c${n}`,
  presentedOnBehalfOf: 'thừa ủy quyền của Thủ tướng Chính phủ',
});

describe('conference report title', () => {
  it('is the article’s own headline: the place and what the conference did, up to the year (Hà Giang 2023)', () => {
    expect(writeConferenceReport(file())!.title).toBe(
      'Hà Giang tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023',
    );
  });
});

describe('award announcement lead', () => {
  const cluster = {
    kind: 'cluster-review' as const,
    organizer: 'Cụm thi đua các tỉnh biên giới phía Bắc',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 Cụm thi đua các tỉnh biên giới phía Bắc',
    venue: 'Hội trường UBND tỉnh Hà Giang',
    startsAt: '2024-03-05T08:00:00+07:00',
  };

  it('names the hall as a place, the organizer once, and only the award forms that were given', () => {
    const d = writeAwardAnnouncement(file(cluster, [award(1), award(2)]))!;
    expect(d.paragraphs[0]!.text).toBe(
      'Sáng 5/3, tại Hội trường UBND tỉnh Hà Giang, Cụm thi đua các tỉnh biên giới phía Bắc tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, ' +
        'trao các hình thức khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc.',
    );
  });

  it('writes the day only when no time was entered, and names no presenter no one entered', () => {
    const d = writeAwardAnnouncement(file({ ...cluster, startsAt: '2024-03-05T00:00:00+07:00' }, [award(1)]))!;
    expect(d.paragraphs[0]!.text).toMatch(/^Ngày 5\/3, tại Hội trường UBND tỉnh Hà Giang, /);
    expect(d.paragraphs.find((p) => p.role === 'caption:award:BK')!.text).toBe(
      'Ảnh: Trao Bằng khen của Thủ tướng Chính phủ cho các tập thể.',
    );
  });
});
