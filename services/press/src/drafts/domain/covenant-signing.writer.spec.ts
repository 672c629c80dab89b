import type { CovenantSignedData } from '@tdkt/contracts';
import { target, writeCovenantSigningDraft } from './covenant-signing.writer';

const party = (order: number, unitName: string, name: string, titles: string[], signedAt: string) => ({
  partyId: `00000000-0000-4000-8000-00000000000${order}`,
  unitName,
  order,
  signatory: { name, titles },
  signedAt,
  place: 'Hội trường UBND tỉnh Hà Giang',
});

const signed: CovenantSignedData = {
  covenantId: '7b0c1c8e-2f0a-4a43-9d8e-0d6f3f2b9a11',
  title: 'Giao ước thi đua năm 2024',
  clusterName: 'Cụm thi đua các tỉnh biên giới phía Bắc',
  year: 2024,
  // 09:30 in Hà Nội
  fullySignedAt: '2024-03-05T02:30:00.000Z',
  parties: [
    party(2, 'Tỉnh Cao Bằng', 'Lê Hải Hòa', ['Phó Chủ tịch UBND tỉnh Cao Bằng'], '2024-03-05T02:20:00.000Z'),
    party(
      1,
      'Tỉnh Hà Giang',
      'Nguyễn Văn Sơn',
      ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'],
      '2024-03-05T02:30:00.000Z',
    ),
  ],
  targets: [
    // Hà Giang 2024, as the article lists them
    { name: 'Tăng trưởng tổng sản phẩm trên địa bàn tỉnh', unit: '%', targetValue: 7.5 },
    { name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', targetValue: 2460 },
    { name: 'Tỷ lệ hộ nghèo giảm', unit: '%', targetValue: 4.4 },
  ],
};

describe('covenant signing draft', () => {
  const draft = writeCovenantSigningDraft(signed, 'event-1');
  const text = (role: string) => draft.paragraphs.find((p) => p.role === role)?.text;

  it('has a noun-phrase title without a final period', () => {
    expect(draft.title).toBe('Cụm thi đua các tỉnh biên giới phía Bắc ký kết giao ước thi đua năm 2024');
  });

  it('opens with the press-style date and time of day in Hà Nội, and the place', () => {
    expect(text('lead')).toBe(
      'Sáng 5/3, tại Hội trường UBND tỉnh Hà Giang, 2 đơn vị thuộc Cụm thi đua các tỉnh biên giới phía Bắc đã ký kết Giao ước thi đua năm 2024.',
    );
  });

  it('names the signatories with all their titles, in party order, without repeating the unit their titles name', () => {
    expect(text('signatories')).toBe(
      'Tham gia ký kết có các đồng chí: Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang; ' +
        'Lê Hải Hòa, Phó Chủ tịch UBND tỉnh Cao Bằng.',
    );
  });

  it('names the unit, lower case, when the titles do not', () => {
    const d = writeCovenantSigningDraft(
      {
        ...signed,
        parties: [party(1, 'Tỉnh Lạng Sơn', 'Hồ Tiến Thiệu', ['Chủ tịch UBND tỉnh'], signed.fullySignedAt)],
      },
      'e',
    );
    expect(d.paragraphs.find((p) => p.role === 'signatories')!.text).toBe(
      'Tham gia ký kết có các đồng chí: Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, đại diện tỉnh Lạng Sơn.',
    );
  });

  it('lists the units in the caption as the press does: "các tỉnh Hà Giang và Cao Bằng"', () => {
    expect(text('caption')).toBe(
      'Ảnh: Đại diện lãnh đạo các tỉnh Hà Giang và Cao Bằng ký kết Giao ước thi đua năm 2024.',
    );
  });

  it('states each target as a sentence of the article, name, "đạt" unless it has its own verb, value and unit', () => {
    // Hà Giang 2024: "Tăng trưởng tổng sản phẩm trên địa bàn tỉnh đạt 7,5%; … Thu ngân sách nhà nước trên địa bàn đạt 2.460 tỷ đồng; … Tỷ lệ hộ nghèo giảm 4,4%"
    expect(text('targets')).toBe(
      'Theo giao ước, các đơn vị cam kết phấn đấu thực hiện các chỉ tiêu chủ yếu: Tăng trưởng tổng sản phẩm trên địa bàn tỉnh đạt 7,5%; ' +
        'Thu ngân sách nhà nước trên địa bàn đạt 2.460 tỷ đồng; Tỷ lệ hộ nghèo giảm 4,4%.',
    );
  });

  it('states a qualitative target as its statement alone, never glued to a value', () => {
    expect(target({ name: 'Thực hiện có hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động' })).toBe(
      'Thực hiện có hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát động',
    );
    expect(target({ name: 'Thu hút', unit: 'triệu lượt khách du lịch', targetValue: 3.2 })).toBe(
      'Thu hút 3,2 triệu lượt khách du lịch',
    );
  });

  it('leaves out the targets paragraph when there are none, and traces every paragraph to the event', () => {
    const bare = writeCovenantSigningDraft({ ...signed, targets: undefined }, 'event-2');
    expect(bare.paragraphs.map((p) => p.role)).toEqual(['lead', 'signatories', 'caption']);
    expect(bare.paragraphs.every((p) => p.sources.includes('event-2'))).toBe(true);
  });
});
