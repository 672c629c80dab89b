import type { ConferenceFormat, ConnectionPoint, PersonRef } from '@tdkt/contracts';
import { awardType, type AwardCount } from './conference-events.fixture';

/**
 * The facts of the three seed articles (docs/domain.md#the-seed-articles), as the platform's events can carry
 * them, and what the conference report must say about each. The expected sentences are written by
 * hand from the articles, not computed by the code under test.
 *
 * Facts the articles give that no event carries (the report cannot state them): yearly statistics
 * (Hà Giang "3.466 tập thể, cá nhân" over the year; Sơn La's budget 4.290 tỷ đồng, income 51,7
 * triệu đồng, poverty 14,41%), the administrative reform ranking, the prize money (500 / 350
 * triệu đồng), the speeches, which leader presented which award, "cấp đổi" (re-issue) of an
 * order. Facts the articles omit and the contracts require are given placeholders, named below.
 */
export interface SeedArticle {
  name: string;
  conference: {
    organizer: string;
    title: string;
    kind: 'provincial-review';
    yearReviewed: number;
    yearLaunched: number;
    startsAt: string;
    format: ConferenceFormat;
    venue?: string;
    connectionPoints?: Omit<ConnectionPoint, 'connectionPointId'>[];
  };
  /** in protocol order, as the article lists them; precedence 1, 2, … */
  attendees: PersonRef[];
  awards: { authority: string; number: string; counts: AwardCount[] }[];
  movement: { year: number; theme: string; launchedBy: PersonRef };
  covenant?: {
    title: string;
    clusterName: string;
    year: number;
    parties: { unitName: string; signatory: PersonRef }[];
  };
  expected: {
    title: string;
    lead: string;
    /** the award phrases in rank order, as the article would write them */
    awards: string[];
    connectionPoints?: string;
    /** the covenant paragraph as the article would write it (signatories whose titles name their unit are not told "đại diện" it again) */
    covenant?: string;
  };
}

const PM = 'Thủ tướng Chính phủ';
const t = {
  ngut: awardType('NHA_GIAO_UU_TU', 'Nhà giáo ưu tú', 220, 'Chủ tịch nước'),
  hcld: awardType('HC_LAO_DONG', 'Huân chương Lao động', 140, 'Chủ tịch nước'),
  hckc: awardType('HC_KHANG_CHIEN', 'Huân chương Kháng chiến', 145, 'Chủ tịch nước'),
  bmvnah: awardType('BA_ME_VN_ANH_HUNG', 'Bà mẹ Việt Nam anh hùng', 202, 'Chủ tịch nước'),
  coCp: awardType('CO_THI_DUA_CHINH_PHU', 'Cờ thi đua của Chính phủ', 300, PM),
  bkTtg: awardType('BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 302, PM),
  coTinh: awardType('CO_THI_DUA_UBND_TINH', 'Cờ thi đua của UBND tỉnh', 310),
  cstdTinh: awardType('CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh', 320),
  ttldxs: awardType('TAP_THE_LAO_DONG_XUAT_SAC', 'Tập thể Lao động xuất sắc', 330),
  bkTinh: awardType('BANG_KHEN_CHU_TICH_UBND_TINH', 'Bằng khen của Chủ tịch UBND tỉnh', 340),
  huyHieuNt: awardType('HUY_HIEU_NINH_THUAN', 'Huy hiệu "Vì sự nghiệp xây dựng và phát triển tỉnh Ninh Thuận"', 360),
};

const districtsHG = [
  'thành phố Hà Giang',
  'huyện Bắc Quang',
  'huyện Quang Bình',
  'huyện Vị Xuyên',
  'huyện Bắc Mê',
  'huyện Hoàng Su Phì',
  'huyện Xín Mần',
  'huyện Quản Bạ',
  'huyện Yên Minh',
  'huyện Đồng Văn',
  'huyện Mèo Vạc',
];

export const SEED_ARTICLES: SeedArticle[] = [
  {
    name: 'Sơn La 2024 (son-la-2024-provincial-review.txt)',
    conference: {
      organizer: 'UBND tỉnh Sơn La',
      kind: 'provincial-review',
      yearReviewed: 2023,
      yearLaunched: 2024,
      format: 'in-person',
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
      // the article says "Ngày 29/2" without the hour or the hall: the day only (local midnight, as an
      // organizer who does not know the time enters it), no venue
      startsAt: '2024-02-29T00:00:00+07:00',
    },
    attendees: [
      { name: 'Nguyễn Thái Hưng', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
      { name: 'Tráng Thị Xuân', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
      { name: 'Vi Đức Thọ', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
    ],
    awards: [
      { authority: 'Chủ tịch nước', number: '45/QĐ-CTN', counts: [{ type: t.ngut, individuals: 22 }] },
      {
        authority: PM,
        number: '231/QĐ-TTg',
        counts: [
          { type: t.coCp, collectives: 9, presentedOnBehalfOf: PM },
          { type: t.bkTtg, collectives: 5, individuals: 15, presentedOnBehalfOf: PM },
        ],
      },
    ],
    movement: {
      year: 2024,
      theme:
        'Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp và Kỷ niệm 130 năm thành lập tỉnh',
      launchedBy: {
        name: 'Tráng Thị Xuân',
        titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'],
      },
    },
    expected: {
      title: 'Sơn La tổng kết công tác thi đua, khen thưởng năm 2023',
      lead: 'Ngày 29/2, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.',
      awards: [
        '22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”',
        '9 tập thể nhận Cờ thi đua của Chính phủ',
        '5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
      ],
    },
  },
  {
    name: 'Hà Giang 2023 (ha-giang-2023-review-awards-covenant.txt)',
    conference: {
      organizer: 'UBND tỉnh Hà Giang',
      kind: 'provincial-review',
      yearReviewed: 2023,
      yearLaunched: 2024,
      format: 'in-person',
      title:
        'Hội nghị tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023 các sở, ban, ngành, các huyện, thành phố',
      startsAt: '2023-12-27T08:00:00+07:00',
      venue: 'Hội trường HĐND - UBND tỉnh',
    },
    attendees: [
      { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      { name: 'Hoàng Gia Long', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
      { name: 'Chúng Thị Chiên', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'] },
      { name: 'Hà Thị Minh Hạnh', titles: ['Ủy viên BCH Đảng bộ tỉnh', 'Phó Chủ tịch UBND tỉnh'] },
      // named later in the article (he spoke and presented awards); the invitations service ranks him
      { name: 'Vàng Seo Cón', titles: ['Chủ tịch Ủy ban MTTQ tỉnh'] },
    ],
    awards: [
      {
        authority: PM,
        number: '2016/QĐ-TTg',
        counts: [
          { type: t.coCp, collectives: 7, presentedOnBehalfOf: PM },
          { type: t.bkTtg, collectives: 4, individuals: 8, presentedOnBehalfOf: PM },
        ],
      },
      {
        authority: 'Chủ tịch UBND tỉnh Hà Giang',
        number: '2530/QĐ-UBND',
        counts: [
          { type: t.coTinh, collectives: 24 },
          { type: t.bkTinh, collectives: 71, individuals: 58, households: 33 },
        ],
      },
    ],
    movement: {
      year: 2024,
      theme: 'Đoàn kết, đổi mới, sáng tạo, linh hoạt trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024',
      launchedBy: { name: 'Hoàng Gia Long', titles: ['Phó Chủ tịch Thường trực UBND tỉnh'] },
    },
    covenant: {
      // the article does not name the eleven district chairs: placeholders say who they are
      title: 'Giao ước thi đua năm 2024',
      clusterName: 'Khối thi đua các huyện, thành phố tỉnh Hà Giang',
      year: 2024,
      parties: [
        {
          unitName: 'UBND tỉnh Hà Giang',
          signatory: { name: 'Nguyễn Văn Sơn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
        },
        ...districtsHG.map((d) => ({ unitName: `UBND ${d}`, signatory: { name: `Chủ tịch UBND ${d}`, titles: [] } })),
      ],
    },
    expected: {
      // the article's own headline
      title:
        'Hà Giang tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023',
      lead: 'Sáng 27/12, tại Hội trường HĐND - UBND tỉnh, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023 các sở, ban, ngành, các huyện, thành phố.',
      awards: [
        '7 tập thể nhận Cờ thi đua của Chính phủ',
        '4 tập thể, 8 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
        '24 tập thể nhận Cờ thi đua của UBND tỉnh',
        '71 tập thể, 58 cá nhân, 33 hộ gia đình nhận Bằng khen của Chủ tịch UBND tỉnh',
      ],
      // "Chủ tịch UBND 11 huyện, thành phố đã tiến hành Ký kết Giao ước thi đua năm 2024 với Chủ tịch UBND tỉnh"
      covenant:
        'Cũng tại hội nghị, 12 đơn vị thuộc Khối thi đua các huyện, thành phố tỉnh Hà Giang đã ký kết Giao ước thi đua năm 2024; tham gia ký kết có các đồng chí: ' +
        [
          'Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đại diện UBND tỉnh Hà Giang',
          ...districtsHG.map((d) => `Chủ tịch UBND ${d}`),
        ].join('; ') +
        '.',
    },
  },
  {
    name: 'Ninh Thuận 2023 (ninh-thuan-2023-online-review-and-covenant.txt)',
    conference: {
      organizer: 'UBND tỉnh Ninh Thuận',
      kind: 'provincial-review',
      yearReviewed: 2022,
      yearLaunched: 2023,
      format: 'online',
      title:
        'Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2022 và ký kết giao ước thi đua thực hiện nhiệm vụ năm 2023',
      startsAt: '2023-02-22T08:00:00+07:00',
      // the article names the province's point and "các huyện, thành phố": the seven of Ninh Thuận
      connectionPoints: [
        { hostUnit: 'UBND tỉnh Ninh Thuận', location: 'Điểm cầu trực tuyến của tỉnh' },
        ...[
          'thành phố Phan Rang - Tháp Chàm',
          'huyện Ninh Hải',
          'huyện Ninh Phước',
          'huyện Ninh Sơn',
          'huyện Bác Ái',
          'huyện Thuận Bắc',
          'huyện Thuận Nam',
        ].map((d) => ({ hostUnit: `UBND ${d}`, location: `Điểm cầu ${d}` })),
      ],
    },
    attendees: [
      { name: 'Trần Quốc Nam', titles: ['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'] },
      {
        name: 'Nguyễn Long Biên',
        titles: ['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng tỉnh'],
      },
    ],
    awards: [
      {
        authority: 'Chủ tịch nước',
        number: '120/QĐ-CTN',
        counts: [
          { type: t.hcld, collectives: 4 },
          { type: t.hckc, individuals: 1 },
          { type: t.bmvnah, individuals: 2 },
        ],
      },
      { authority: PM, number: '88/QĐ-TTg', counts: [{ type: t.bkTtg, collectives: 5, individuals: 16 }] },
      {
        authority: 'Chủ tịch UBND tỉnh Ninh Thuận',
        number: '300/QĐ-UBND',
        counts: [
          { type: t.coTinh, collectives: 76 },
          { type: t.cstdTinh, individuals: 23 },
          { type: t.ttldxs, collectives: 263 },
          { type: t.bkTinh, collectives: 938, individuals: 1597 },
          { type: t.huyHieuNt, individuals: 71 },
        ],
      },
    ],
    movement: {
      year: 2023,
      theme: 'Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc',
      launchedBy: {
        name: 'Trần Quốc Nam',
        titles: ['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'],
      },
    },
    covenant: {
      // "Trưởng các Khối thi đua cấp tỉnh năm 2023": the article names neither the blocs nor the heads
      title: 'Giao ước thi đua năm 2023',
      clusterName: 'các Khối thi đua cấp tỉnh Ninh Thuận',
      year: 2023,
      parties: [1, 2, 3].map((n) => ({
        unitName: `Khối thi đua số ${n}`,
        signatory: { name: `Trưởng Khối thi đua số ${n}`, titles: [] },
      })),
    },
    expected: {
      title: 'Ninh Thuận tổng kết công tác thi đua, khen thưởng năm 2022',
      lead: 'Sáng 22/2, UBND tỉnh Ninh Thuận tổ chức Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2022 và ký kết giao ước thi đua thực hiện nhiệm vụ năm 2023.',
      awards: [
        '4 tập thể nhận Huân chương Lao động',
        '1 cá nhân nhận Huân chương Kháng chiến',
        '2 cá nhân được trao tặng danh hiệu “Bà mẹ Việt Nam anh hùng”',
        '5 tập thể, 16 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
        '76 tập thể nhận Cờ thi đua của UBND tỉnh',
        '23 cá nhân được trao tặng danh hiệu “Chiến sĩ thi đua cấp tỉnh”',
        '263 tập thể được trao tặng danh hiệu “Tập thể Lao động xuất sắc”',
        '938 tập thể, 1.597 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh',
        '71 cá nhân nhận Huy hiệu “Vì sự nghiệp xây dựng và phát triển tỉnh Ninh Thuận”',
      ],
      // "Trưởng các Khối thi đua cấp tỉnh năm 2023 thực hiện ký kết giao ước thi đua 2023"
      covenant:
        'Cũng tại hội nghị, 3 đơn vị thuộc các Khối thi đua cấp tỉnh Ninh Thuận đã ký kết Giao ước thi đua năm 2023; tham gia ký kết có các đồng chí: ' +
        'Trưởng Khối thi đua số 1; Trưởng Khối thi đua số 2; Trưởng Khối thi đua số 3.',
      connectionPoints:
        'kết nối tới 8 điểm cầu: UBND tỉnh Ninh Thuận (Điểm cầu trực tuyến của tỉnh), UBND thành phố Phan Rang - Tháp Chàm',
    },
  },
];

/** Every fact of the article the report must state, checked one by one (names with titles in protocol order). */
export function checkReport(
  report: { title: string; paragraphs: { role: string; text: string }[] },
  a: SeedArticle,
): void {
  const para = (role: string) => report.paragraphs.find((p) => p.role === role)?.text;
  expect(report.title).toBe(a.expected.title);
  expect(para('lead')).toBe(a.expected.lead);
  const people = a.attendees.map((p) => [p.name, ...p.titles].join(', '));
  expect(para('attendees')).toBe(`Dự hội nghị có các đồng chí: ${people.join('; ')}.`);
  expect(para('theme')).toBe(
    `Tại hội nghị, đồng chí ${[a.movement.launchedBy.name, ...a.movement.launchedBy.titles].join(', ')} phát động phong trào thi đua năm ${a.movement.year} với chủ đề “${a.movement.theme}”.`,
  );
  expect(para('awards')).toBe(`Nhân dịp này, ${a.expected.awards.join('; ')}.`);
  if (a.expected.connectionPoints) expect(para('connection-points')).toContain(a.expected.connectionPoints);
  else expect(para('connection-points')).toBeUndefined();
  const covenants = report.paragraphs.filter((p) => p.role.startsWith('covenant:'));
  if (!a.covenant) {
    expect(covenants).toHaveLength(0);
  } else {
    expect(covenants).toHaveLength(1);
    expect(covenants[0]!.text).toBe(a.expected.covenant);
  }
  // a photo caption suggested for each award, one for the launch, one for the signing
  const captions = report.paragraphs.filter((p) => p.role.startsWith('caption:'));
  expect(captions.filter((p) => p.role.startsWith('caption:award:'))).toHaveLength(a.expected.awards.length);
  expect(captions.some((p) => p.role === 'caption:movement')).toBe(true);
  expect(captions.some((p) => p.role.startsWith('caption:covenant:'))).toBe(!!a.covenant);
}
