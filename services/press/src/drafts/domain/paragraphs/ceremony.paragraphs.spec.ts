import type { CeremonyFact, CeremonyFactRecordedData } from '@tdkt/contracts';
import type { Sourced } from '../../../read-model/domain/sourced';
import { announcedResultsParagraph } from './announced-results.paragraph';
import { presentationsParagraph } from './presentations.paragraph';
import { prizesParagraph } from './prizes.paragraph';
import { resultsParagraph } from './results.paragraph';
import { speechParagraph } from './speech.paragraph';

const conferenceId = '5b7f0c2e-3a9d-4c1b-8e6f-2d4a1b3c5e7f';
let n = 0;
const fact = (f: CeremonyFact): Sourced<CeremonyFactRecordedData> => {
  n += 1;
  return {
    data: { conferenceId, key: `${f.kind}:${n}`, position: n, fact: f, recordedAt: '2024-02-29T04:00:00.000Z' },
    eventId: `e${n}`,
    time: '2024-02-29T04:00:00.000Z',
  };
};

describe('the ceremony’s paragraphs, only what the organizer entered', () => {
  it('writes the figures of the report in Vietnamese numbers (Sơn La, 29/2/2024: docs/domain.md#the-seed-articles)', () => {
    const facts = [
      fact({
        kind: 'highlight',
        figure: { label: 'tổng thu ngân sách nhà nước trên địa bàn', value: 4290, unit: 'tỷ đồng' },
      }),
      fact({
        kind: 'highlight',
        figure: { label: 'thu nhập bình quân đầu người', value: 51.7, unit: 'triệu đồng/người/năm' },
      }),
      fact({ kind: 'highlight', figure: { label: 'tỷ lệ hộ nghèo', verb: 'giảm còn', value: 14.41, unit: '%' } }),
    ];
    expect(resultsParagraph(facts, 2023)).toEqual({
      role: 'results',
      text:
        'Theo báo cáo tại hội nghị, năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 4.290 tỷ đồng; ' +
        'thu nhập bình quân đầu người đạt 51,7 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 14,41%.',
      sources: facts.map((f) => f.eventId),
    });
  });

  it('compares with the target or the year before only when entered, and adds statements as they are', () => {
    const p = resultsParagraph(
      [
        fact({
          kind: 'highlight',
          figure: {
            label: 'tổng sản phẩm trên địa bàn (GRDP)',
            verb: 'tăng',
            value: 7.5,
            unit: '%',
            comparison: { basis: 'previous-year', direction: 'up', value: 0.5, unit: '%' },
          },
        }),
        fact({ kind: 'highlight', statement: 'Phong trào thi đua được triển khai sâu rộng.' }),
      ],
      2023,
    );
    expect(p!.text).toBe(
      'Theo báo cáo tại hội nghị, năm 2023, tổng sản phẩm trên địa bàn (GRDP) tăng 7,5%, tăng 0,5% so với năm 2022. Phong trào thi đua được triển khai sâu rộng.',
    );
    expect(resultsParagraph([], 2023)).toBeUndefined();
  });

  it('writes a directing speech in indirect speech, titles in protocol order, tasks as "đề nghị"', () => {
    const f = fact({
      kind: 'speech',
      speechKind: 'directing',
      speaker: { name: 'Nguyễn Thái Hưng', titles: ['Chủ tịch HĐND tỉnh', 'Ủy viên BTV Tỉnh ủy'] },
      keyPoints: ['những kết quả đạt được có sự đóng góp quan trọng của các phong trào thi đua.'],
      tasks: [
        'các cấp, các ngành tiếp tục đổi mới công tác thi đua, khen thưởng',
        'kịp thời phát hiện, nhân rộng các điển hình tiên tiến',
      ],
    });
    expect(speechParagraph(f)).toEqual({
      role: `speech:${f.data.position}`,
      text:
        'Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Thái Hưng, Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh những kết quả đạt được có sự đóng góp quan trọng của các phong trào thi đua. ' +
        'Đồng chí đề nghị các cấp, các ngành tiếp tục đổi mới công tác thi đua, khen thưởng; kịp thời phát hiện, nhân rộng các điển hình tiên tiến.',
      sources: [f.eventId],
    });
    const front = fact({
      kind: 'speech',
      speechKind: 'fatherland-front',
      speaker: { name: 'Vi Đức Thọ', titles: ['Ủy viên BTV Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
      onBehalfOf: 'Ủy ban MTTQ Việt Nam tỉnh',
      keyPoints: [],
      tasks: ['các tổ chức thành viên hưởng ứng phong trào thi đua năm 2024'],
    });
    expect(speechParagraph(front)!.text).toBe(
      'Phát biểu thay mặt Ủy ban MTTQ Việt Nam tỉnh, đồng chí Vi Đức Thọ, Ủy viên BTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên hưởng ứng phong trào thi đua năm 2024.',
    );
    expect(
      speechParagraph(
        fact({
          kind: 'speech',
          speechKind: 'acceptance',
          speaker: { name: 'A', titles: [] },
          keyPoints: [],
          tasks: [],
        }),
      ),
    ).toBeUndefined();
  });

  it('writes the presentations, the announced results and the prizes with their money', () => {
    expect(
      presentationsParagraph([
        fact({
          kind: 'presentation',
          presenter: { name: 'Lò Văn Mạnh', titles: ['Giám đốc Sở Giáo dục và Đào tạo'] },
          unit: 'Sở Giáo dục và Đào tạo',
          subject: 'Đổi mới công tác thi đua trong ngành giáo dục',
        }),
        fact({
          kind: 'presentation',
          presenter: { name: 'Cầm Thị Hoa', titles: ['Chủ tịch'] },
          unit: 'UBND huyện Mộc Châu',
          subject: 'về phát triển du lịch cộng đồng',
        }),
      ])!.text,
    ).toBe(
      'Tại hội nghị, đồng chí Lò Văn Mạnh, Giám đốc Sở Giáo dục và Đào tạo đã trình bày tham luận “Đổi mới công tác thi đua trong ngành giáo dục”; ' +
        'đồng chí Cầm Thị Hoa, Chủ tịch, đại diện UBND huyện Mộc Châu đã trình bày tham luận về phát triển du lịch cộng đồng.',
    );
    expect(
      announcedResultsParagraph([
        fact({
          kind: 'result',
          subject: 'Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023',
          ranking: { unit: 'tỉnh Hà Giang', position: 13, of: 63, scope: 'tỉnh, thành phố' },
        }),
        fact({
          kind: 'result',
          subject: 'các đơn vị dẫn đầu phong trào thi đua năm 2023',
          leaders: [
            { group: 'Khối các sở, ban, ngành', units: ['Sở Nội vụ'] },
            { group: 'Khối các huyện, thành phố', units: ['huyện Bắc Quang', 'thành phố Hà Giang'] },
          ],
        }),
      ])!.text,
    ).toBe(
      'Hội nghị đã công bố kết quả xếp hạng Chỉ số cải cách hành chính năm 2023: tỉnh Hà Giang xếp thứ 13/63 tỉnh, thành phố. ' +
        'Hội nghị đã công bố các đơn vị dẫn đầu phong trào thi đua năm 2023: dẫn đầu Khối các sở, ban, ngành là Sở Nội vụ; dẫn đầu Khối các huyện, thành phố là huyện Bắc Quang và thành phố Hà Giang.',
    );
    expect(
      prizesParagraph([
        fact({
          kind: 'prize',
          recipients: '8 tập thể',
          award: 'Cờ thi đua của UBND tỉnh',
          amountVnd: 10_000_000,
          per: 'tập thể',
        }),
      ])!.text,
    ).toBe('8 tập thể được tặng Cờ thi đua của UBND tỉnh kèm theo tiền thưởng 10 triệu đồng/tập thể.');
  });
});
