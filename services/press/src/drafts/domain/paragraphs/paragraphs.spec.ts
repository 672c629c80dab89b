import type { AgendaSegment, AwardTypeRef } from '@tdkt/contracts';
import type { AwardGroup } from '../../../read-model/domain/award-tally';
import type { ConferenceView } from '../../../read-model/domain/conference-facts';
import { attendeesParagraph, NAMED_DELEGATES } from './attendees.paragraph';
import { awardPhrase, isTitleAward } from './award-phrase';
import { awardsParagraph } from './awards.paragraph';
import { captionParagraphs } from './captions.paragraph';
import { connectionPointsParagraph } from './connection-points.paragraph';
import { covenantParagraph } from './covenant.paragraph';
import { decisionsParagraph } from './decisions.paragraph';
import { handoverParagraph } from './handover.paragraph';
import { leadParagraph } from './lead.paragraph';
import { themeParagraph } from './theme.paragraph';

const hàGiang: ConferenceView = {
  conferenceId: 'c',
  organizer: { name: 'UBND tỉnh Hà Giang' },
  kind: 'provincial-review',
  title: 'Hội nghị tổng kết phong trào thi đua, công tác khen thưởng năm 2023',
  yearReviewed: 2023,
  yearLaunched: 2024,
  timeZone: 'Asia/Ho_Chi_Minh',
  startsAt: '2023-12-27T01:30:00.000Z',
  format: 'in-person',
  venue: { name: 'Hội trường HĐND - UBND tỉnh' },
  connectionPoints: [],
  cancelled: false,
  concluded: true,
  segments: [],
  leadSources: ['e-scheduled'],
};
const type = (code: string, name: string, rank: number): AwardTypeRef => ({
  code,
  name,
  rank,
  family: 'award-form',
  conferringAuthority: 'x',
});
const group = (
  t: AwardTypeRef,
  collectives: number,
  individuals: number,
  households = 0,
  presentedOnBehalfOf?: string,
): AwardGroup => ({
  awardType: t,
  collectives,
  individuals,
  households,
  sources: [`e-${t.code}`],
  ...(presentedOnBehalfOf ? { presentedOnBehalfOf } : {}),
});
const NGUT = type('NGUT', 'Nhà giáo ưu tú', 220);
const CO_CP = type('CO_CP', 'Cờ thi đua của Chính phủ', 300);
const BK_TTG = type('BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', 302);

describe('lead paragraph', () => {
  it('gives the time of day and date in Hà Nội, the hall, the organizer and the full name', () => {
    expect(leadParagraph(hàGiang)).toEqual({
      role: 'lead',
      text: 'Sáng 27/12, tại Hội trường HĐND - UBND tỉnh, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết phong trào thi đua, công tác khen thưởng năm 2023.',
      sources: ['e-scheduled'],
    });
  });

  it('writes the day only when no time of day was entered (local midnight): Sơn La, "Ngày 29/2"', () => {
    const sơnLa = {
      ...hàGiang,
      organizer: { name: 'UBND tỉnh Sơn La' },
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
      venue: undefined,
      startsAt: '2024-02-28T17:00:00.000Z',
    };
    expect(leadParagraph(sơnLa).text).toBe(
      'Ngày 29/2, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.',
    );
  });

  it('names a cluster organizer once, not again after the conference name it ends', () => {
    const cluster = {
      ...hàGiang,
      kind: 'cluster-review' as const,
      organizer: { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' },
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 Cụm thi đua các tỉnh biên giới phía Bắc',
      venue: { name: 'Hội trường UBND tỉnh Hà Giang' },
      startsAt: '2024-03-05T01:30:00.000Z',
    };
    expect(leadParagraph(cluster).text).toBe(
      'Sáng 5/3, tại Hội trường UBND tỉnh Hà Giang, Cụm thi đua các tỉnh biên giới phía Bắc tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.',
    );
  });

  it('writes unit nouns entered in capitals in lower case inside the sentence', () => {
    const typed = {
      ...hàGiang,
      organizer: { name: 'UBND Tỉnh Hà Giang' },
      venue: { name: 'Hội trường UBND Tỉnh Hà Giang' },
    };
    expect(leadParagraph(typed).text).toBe(
      'Sáng 27/12, tại Hội trường UBND tỉnh Hà Giang, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết phong trào thi đua, công tác khen thưởng năm 2023.',
    );
    expect(
      connectionPointsParagraph(
        {
          ...hàGiang,
          format: 'online',
          connectionPoints: [
            { connectionPointId: 'p', hostUnit: 'UBND Huyện Bắc Quang', location: 'Hội trường Huyện Bắc Quang' },
          ],
        },
        [],
      )!.text,
    ).toBe(
      'Hội nghị được tổ chức theo hình thức trực tuyến, kết nối tới 1 điểm cầu: UBND huyện Bắc Quang (Hội trường huyện Bắc Quang).',
    );
  });

  it('leaves the place out when there is no hall (online)', () => {
    expect(leadParagraph({ ...hàGiang, venue: undefined, startsAt: '2023-02-22T07:00:00Z' }).text).toBe(
      'Chiều 22/2, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết phong trào thi đua, công tác khen thưởng năm 2023.',
    );
  });
});

describe('attendees paragraph', () => {
  const d = (name: string, titles: string[], precedence: number) => ({
    name,
    titles,
    precedence,
    sources: [`e-${precedence}`],
  });

  it('writes each person’s titles in protocol order, Party posts first, whatever order they were entered in', () => {
    expect(attendeesParagraph([d('Nguyễn Văn Sơn', ['Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'], 1)])!.text).toBe(
      'Dự hội nghị có đồng chí: Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.',
    );
  });

  it('names bodies invited as such apart from "các đồng chí", as "đại diện …" (Sơn La 2024)', () => {
    const p = attendeesParagraph([
      d('Nguyễn Thái Hưng', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], 1),
      { ...d('UBND Thành phố Sơn La', [], 900), collective: true },
      { ...d('Trường THPT Chuyên Sơn La', [], 901), collective: true },
    ])!;
    expect(p.text).toBe(
      'Dự hội nghị có đồng chí: Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; đại diện UBND thành phố Sơn La và Trường THPT Chuyên Sơn La.',
    );
    expect(attendeesParagraph([{ ...d('Trường THPT Chuyên Sơn La', [], 901), collective: true }])!.text).toBe(
      'Dự hội nghị có đại diện Trường THPT Chuyên Sơn La.',
    );
  });

  it('lists the delegates in the order given, each with all titles, separated by semicolons', () => {
    const p = attendeesParagraph([
      d('Nguyễn Thái Hưng', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], 1),
      d('Tráng Thị Xuân', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'], 2),
    ])!;
    expect(p.text).toBe(
      'Dự hội nghị có các đồng chí: Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; ' +
        'Tráng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh.',
    );
    expect(p.sources).toEqual(['e-1', 'e-2']);
  });

  it('names the first ones of a full hall and counts the rest; nothing without attendees', () => {
    const many = Array.from({ length: 1300 }, (_, i) => d(`Đại biểu ${i + 1}`, [], i + 1));
    expect(attendeesParagraph(many)!.text).toMatch(
      new RegExp(`Đại biểu ${NAMED_DELEGATES}; cùng 1\\.275 đại biểu khác\\.$`),
    );
    expect(attendeesParagraph([])).toBeUndefined();
    expect(attendeesParagraph([d('Vi Đức Thọ', [], 1)])!.text).toBe('Dự hội nghị có đồng chí: Vi Đức Thọ.');
  });
});

describe('connection points paragraph', () => {
  it('names the connection points of an online conference and nothing for one in person', () => {
    const online: ConferenceView = {
      ...hàGiang,
      format: 'online',
      connectionPoints: [
        { connectionPointId: 'a', hostUnit: 'UBND tỉnh Ninh Thuận', location: 'Phòng họp trực tuyến tỉnh' },
        { connectionPointId: 'b', hostUnit: 'UBND huyện Ninh Hải', location: 'Hội trường huyện' },
      ],
    };
    expect(connectionPointsParagraph(online, ['s'])!.text).toBe(
      'Hội nghị được tổ chức theo hình thức trực tuyến, kết nối tới 2 điểm cầu: UBND tỉnh Ninh Thuận (Phòng họp trực tuyến tỉnh) và UBND huyện Ninh Hải (Hội trường huyện).',
    );
    expect(connectionPointsParagraph(hàGiang, ['s'])).toBeUndefined();
  });
});

describe('theme paragraph', () => {
  it('quotes the theme typographically and names who launched it with titles', () => {
    const p = themeParagraph({
      eventId: 'm',
      time: 't',
      data: {
        conferenceId: 'c',
        year: 2024,
        theme: 'Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp',
        launchedBy: { name: 'Tráng Thị Xuân', titles: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
      },
    })!;
    expect(p.text).toBe(
      'Tại hội nghị, đồng chí Tráng Thị Xuân, Phó Chủ tịch Thường trực UBND tỉnh phát động phong trào thi đua năm 2024 với chủ đề “Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp”.',
    );
    expect(p.sources).toEqual(['m']);
    expect(themeParagraph(undefined)).toBeUndefined();
  });
});

describe('award phrases and the awards paragraph', () => {
  it('tells titles from objects', () => {
    expect(isTitleAward('Nhà giáo ưu tú')).toBe(true);
    // a local type the catalog announces as an object received, whatever its name looks like
    const prize = {
      ...type('GT_ST', 'Giải thưởng Sáng tạo khoa học công nghệ tỉnh Sơn La', 350),
      announceAs: 'object' as const,
    };
    expect(awardPhrase(group(prize, 3, 0))).toBe('3 tập thể nhận Giải thưởng Sáng tạo khoa học công nghệ tỉnh Sơn La');
    expect(isTitleAward('Chiến sĩ thi đua cấp tỉnh')).toBe(true);
    expect(isTitleAward('Cờ thi đua của Chính phủ')).toBe(false);
    expect(isTitleAward('Huy hiệu "Vì sự nghiệp phát triển tỉnh Hà Giang"')).toBe(false);
  });

  it('writes the Sơn La sentence: counts by award, highest rank first, collectives before individuals', () => {
    expect(awardsParagraph([group(NGUT, 0, 22), group(CO_CP, 9, 0), group(BK_TTG, 5, 15)])!.text).toBe(
      'Nhân dịp này, 22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”; 9 tập thể nhận Cờ thi đua của Chính phủ; 5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ.',
    );
  });

  it('counts households, groups thousands and keeps quotes inside award names typographic', () => {
    expect(awardPhrase(group(type('BK', 'Bằng khen của Chủ tịch UBND tỉnh', 340), 938, 1597, 33))).toBe(
      '938 tập thể, 1.597 cá nhân, 33 hộ gia đình nhận Bằng khen của Chủ tịch UBND tỉnh',
    );
    expect(
      awardPhrase(group(type('HH', 'Huy hiệu "Vì sự nghiệp xây dựng và phát triển tỉnh Ninh Thuận"', 360), 0, 71)),
    ).toBe('71 cá nhân nhận Huy hiệu “Vì sự nghiệp xây dựng và phát triển tỉnh Ninh Thuận”');
    expect(awardsParagraph([])).toBeUndefined();
  });

  it('traces the paragraph to the decisions and every conferment', () => {
    expect(awardsParagraph([group(NGUT, 0, 1)], 'Theo đó', ['d1'])!.sources).toEqual(['d1', 'e-NGUT']);
  });
});

describe('decisions paragraph', () => {
  it('cites each decision with its number, official date and authority', () => {
    const p = decisionsParagraph([
      {
        eventId: 'd',
        time: 't',
        data: {
          decisionId: 'x',
          number: '231/QĐ-TTg',
          date: '2024-01-25',
          authority: 'Thủ tướng Chính phủ',
          signer: { name: 'A', titles: [] },
          recipientCount: 1,
          counts: [],
        },
      },
    ])!;
    expect(p.text).toBe(
      'Các tập thể, cá nhân được khen thưởng theo Quyết định số 231/QĐ-TTg ngày 25 tháng 01 năm 2024 của Thủ tướng Chính phủ.',
    );
  });
});

describe('covenant paragraph', () => {
  const view = {
    covenantId: 'cv',
    title: 'Giao ước thi đua năm 2024',
    clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
    year: 2024,
    partyCount: 3,
    fullySigned: true,
    sources: ['c1', 's1'],
    signed: [
      {
        unitName: 'Tỉnh Hà Giang',
        order: 1,
        signatory: { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'] },
      },
      {
        unitName: 'Tỉnh Cao Bằng',
        order: 2,
        signatory: { name: 'Lê Hải Hòa', titles: ['Phó Chủ tịch UBND tỉnh Cao Bằng'] },
      },
    ],
  };

  it('says who signed with whom, for which year', () => {
    expect(covenantParagraph(view)).toEqual({
      role: 'covenant:cv',
      text:
        'Cũng tại hội nghị, 3 đơn vị thuộc Cụm thi đua các tỉnh biên giới phía Bắc đã ký kết Giao ước thi đua năm 2024; tham gia ký kết có các đồng chí: ' +
        'Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang; Lê Hải Hòa, Phó Chủ tịch UBND tỉnh Cao Bằng.',
      sources: ['c1', 's1'],
    });
  });

  it('counts the signatures while the covenant is not fully signed, and says nothing before the first', () => {
    expect(covenantParagraph({ ...view, fullySigned: false })!.text).toMatch(
      /^Cũng tại hội nghị, 2\/3 đơn vị thuộc .* đã ký Giao ước/,
    );
    expect(covenantParagraph({ ...view, signed: [] })).toBeUndefined();
  });
});

describe('handover paragraph', () => {
  const seg = (status: AgendaSegment['status']): AgendaSegment => ({
    segmentId: 's',
    order: 8,
    kind: 'cluster-head-handover',
    title: 'Bàn giao nhiệm vụ Cụm trưởng năm 2024',
    startsAt: 'x',
    endsAt: 'x',
    status,
    presenters: [{ name: 'Nguyễn Văn Sơn', titles: ['Chủ tịch UBND tỉnh Hà Giang'] }],
  });

  it('states the handover with who took part, and nothing when skipped or absent', () => {
    expect(handoverParagraph([seg('done')], 'a')!.text).toBe(
      'Hội nghị đã tiến hành bàn giao nhiệm vụ Cụm trưởng năm 2024, với sự tham gia của các đồng chí: Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang.',
    );
    expect(handoverParagraph([seg('skipped')], 'a')).toBeUndefined();
    expect(handoverParagraph([], 'a')).toBeUndefined();
  });
});

describe('photo captions', () => {
  it('suggests one caption per award (presenter acting on behalf of the PM), the launch and the signing', () => {
    const captions = captionParagraphs({
      organizerName: 'UBND tỉnh Hà Giang',
      agendaEventId: 'ag',
      hasAttendees: true,
      attendeeSources: ['r'],
      segments: [
        {
          segmentId: 's',
          order: 5,
          kind: 'award-presentation',
          title: 'Trao thưởng',
          startsAt: 'x',
          endsAt: 'x',
          status: 'done',
          presenters: [{ name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }],
        },
      ],
      // as the awards contract sends it: the phrase itself, not only the authority
      awards: [group(CO_CP, 7, 0, 0, 'thừa ủy quyền của Thủ tướng Chính phủ'), group(NGUT, 0, 22)],
      movement: {
        eventId: 'm',
        time: 't',
        data: {
          conferenceId: 'c',
          year: 2024,
          theme: 'x',
          launchedBy: { name: 'Hoàng Gia Long', titles: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
        },
      },
      covenants: [
        {
          covenantId: 'cv',
          title: 'Giao ước thi đua năm 2024',
          clusterName: 'x',
          year: 2024,
          partyCount: 2,
          fullySigned: true,
          signed: [],
          sources: ['f'],
        },
      ],
    });
    expect(captions.map((c) => c.text)).toEqual([
      'Ảnh: Các đại biểu dự hội nghị.',
      'Ảnh: Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh thừa ủy quyền của Thủ tướng Chính phủ trao Cờ thi đua của Chính phủ cho các tập thể.',
      'Ảnh: Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trao danh hiệu “Nhà giáo ưu tú” cho các cá nhân.',
      'Ảnh: Đồng chí Hoàng Gia Long, Phó Chủ tịch Thường trực UBND tỉnh phát động phong trào thi đua năm 2024.',
      'Ảnh: Đại diện lãnh đạo các đơn vị ký kết Giao ước thi đua năm 2024.',
    ]);
    expect(new Set(captions.map((c) => c.role)).size).toBe(captions.length);
  });

  it('names no presenter, and no one on whose behalf, when no single presenter was entered', () => {
    const [c] = captionParagraphs({
      organizerName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
      segments: [],
      awards: [group(BK_TTG, 5, 15, 0, 'thừa ủy quyền của Thủ tướng Chính phủ')],
      covenants: [],
      hasAttendees: false,
      attendeeSources: [],
    });
    expect(c!.text).toBe('Ảnh: Trao Bằng khen của Thủ tướng Chính phủ cho các tập thể, cá nhân.');
  });

  it('names the presenters the organizer entered for an award group, on whose behalf they present, ahead of the programme’s (Ninh Thuận, 22/2/2023)', () => {
    const nam = {
      name: 'Trần Quốc Nam',
      titles: ['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'],
    };
    const bien = {
      name: 'Nguyễn Long Biên',
      titles: ['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng tỉnh'],
    };
    const presented = (code: string, presenters: (typeof nam)[], eventId: string, onBehalfOf?: string) => ({
      eventId,
      time: '2023-02-22T03:00:00.000Z',
      data: {
        conferenceId: 'c',
        key: `award-presentation:${code}`,
        position: 1,
        recordedAt: '2023-02-22T03:00:00.000Z',
        fact: {
          kind: 'award-presentation' as const,
          awardTypeCode: code,
          presenters,
          ...(onBehalfOf ? { onBehalfOf } : {}),
        },
      },
    });
    const captions = captionParagraphs({
      organizerName: 'UBND tỉnh Ninh Thuận',
      agendaEventId: 'ag',
      hasAttendees: false,
      attendeeSources: [],
      segments: [
        {
          segmentId: 's',
          order: 5,
          kind: 'award-presentation',
          title: 'Trao thưởng',
          startsAt: 'x',
          endsAt: 'x',
          status: 'done',
          presenters: [{ name: 'Người Khác', titles: ['Giám đốc Sở Nội vụ'] }],
        },
      ],
      awards: [group(CO_CP, 7, 0, 0, 'thừa ủy quyền của Thủ tướng Chính phủ'), group(BK_TTG, 5, 16)],
      covenants: [],
      ceremony: [presented(CO_CP.code, [nam, bien], 'p1'), presented(BK_TTG.code, [bien], 'p2', 'Thủ tướng Chính phủ')],
    });
    expect(captions.map((c) => c.text)).toEqual([
      'Ảnh: Đồng chí Trần Quốc Nam, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh và đồng chí Nguyễn Long Biên, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng tỉnh trao Cờ thi đua của Chính phủ cho các tập thể.',
      'Ảnh: Đồng chí Nguyễn Long Biên, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng tỉnh thừa ủy quyền của Thủ tướng Chính phủ trao Bằng khen của Thủ tướng Chính phủ cho các tập thể, cá nhân.',
    ]);
    // provenance: the entered fact, not the programme
    expect(captions[0]!.sources[0]).toBe('p1');
    expect(captions[0]!.sources).not.toContain('ag');
  });
});
