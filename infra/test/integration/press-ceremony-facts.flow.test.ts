import { createTestDatabase, dropTestDatabase, uniqueNamespace, waitFor } from '@tdkt/testing';
import { startAgenda } from '../../../services/agenda/test/agenda-app.harness';
import { startPress } from '../../../services/press/test/press-app.harness';
import {
  conferenceReport,
  expectStatus as ok,
  paragraphOf as paragraph,
  scheduleOnlineConference,
} from './press-report.steps';

/**
 * What is said and done at the ceremony flows from the organizer's entries in agenda (HTTP) to the
 * press's conference report (Kafka): each paragraph written only from what was entered, with the
 * events it came from. Sơn La, 29/2/2024 (docs/domain.md#the-seed-articles): the figures of the
 * article; the speeches, presentation and prizes as an organizer would sum them up. The expected
 * sentences are written by hand in the articles' genre.
 */
describe('press writes the ceremony’s facts entered in agenda (agenda and press, real Kafka and PostgreSQL)', () => {
  const namespace = uniqueNamespace('press-ceremony');
  let agenda: Awaited<ReturnType<typeof startAgenda>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let pressDb: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    agenda = await startAgenda('press-ceremony-agenda', namespace);
    pressDb = await createTestDatabase('press-ceremony');
    press = await startPress(pressDb, namespace);
  }, 180_000);

  afterAll(async () => {
    await press?.stop();
    if (pressDb) await dropTestDatabase(pressDb);
    await agenda?.stop();
  });

  const report = (id: string) => conferenceReport(press, id);

  it('writes the results with Vietnamese figures, the speeches, the presentation, the announced result and the prizes', async () => {
    const id = await scheduleOnlineConference(
      agenda,
      {
        organizer: { name: 'UBND tỉnh Sơn La' },
        kind: 'provincial-review',
        yearReviewed: 2023,
        yearLaunched: 2024,
        startsAt: '2024-02-29T08:00:00+07:00',
        endsAt: '2024-02-29T11:30:00+07:00',
      },
      'UBND tỉnh Sơn La',
      'Hội trường UBND tỉnh',
    );
    await ok(agenda.http.post(`/conferences/${id}/start`, {}), 200);

    const fact = (path: string, body: object, status = 201) =>
      ok(agenda.http.post(`/conferences/${id}/ceremony/${path}`, body), status);
    // the report's figures, as the article gives them
    await fact('highlights', {
      figure: { label: 'tổng thu ngân sách nhà nước trên địa bàn', value: 4290, unit: 'tỷ đồng' },
    });
    await fact('highlights', {
      figure: { label: 'thu nhập bình quân đầu người', value: 51.7, unit: 'triệu đồng/người/năm' },
    });
    await fact('highlights', { figure: { label: 'tỷ lệ hộ nghèo', verb: 'giảm còn', value: 14.41, unit: '%' } });
    // entered twice by a double click: one fact
    await fact('highlights', { figure: { label: 'tỷ lệ hộ nghèo', verb: 'giảm còn', value: 14.41, unit: '%' } }, 200);
    await fact('presentations', {
      presenter: { name: 'Lò Văn Mạnh', titles: ['Giám đốc Sở Giáo dục và Đào tạo'] },
      unit: 'Sở Giáo dục và Đào tạo',
      subject: 'Đổi mới công tác thi đua, khen thưởng trong ngành giáo dục',
    });
    await fact('speeches', {
      speechKind: 'directing',
      speaker: { name: 'Nguyễn Thái Hưng', titles: ['Chủ tịch HĐND tỉnh', 'Ủy viên BTV Tỉnh ủy'] },
      keyPoints: ['phong trào thi đua đã góp phần quan trọng vào việc hoàn thành các chỉ tiêu năm 2023'],
      tasks: [
        'các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua',
        'kịp thời phát hiện, biểu dương, nhân rộng các điển hình tiên tiến.',
      ],
    });
    await fact('speeches', {
      speechKind: 'fatherland-front',
      speaker: { name: 'Vi Đức Thọ', titles: ['Ủy viên BTV Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
      onBehalfOf: 'Ủy ban MTTQ Việt Nam tỉnh',
      keyPoints: [],
      tasks: ['các tổ chức thành viên tích cực hưởng ứng phong trào thi đua năm 2024'],
    });
    await fact('results', {
      subject: 'Kết quả xếp hạng Chỉ số cải cách hành chính năm 2023',
      ranking: { unit: 'tỉnh Sơn La', position: 13, of: 63, scope: 'tỉnh, thành phố' },
    });
    await ok(agenda.http.post(`/conferences/${id}/conclude`, {}), 200);

    const expected = {
      results:
        'Theo báo cáo tại hội nghị, năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 4.290 tỷ đồng; ' +
        'thu nhập bình quân đầu người đạt 51,7 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 14,41%.',
      presentations:
        'Tại hội nghị, đồng chí Lò Văn Mạnh, Giám đốc Sở Giáo dục và Đào tạo đã trình bày tham luận “Đổi mới công tác thi đua, khen thưởng trong ngành giáo dục”.',
      directing:
        'Phát biểu chỉ đạo tại hội nghị, đồng chí Nguyễn Thái Hưng, Ủy viên BTV Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh phong trào thi đua đã góp phần quan trọng vào việc hoàn thành các chỉ tiêu năm 2023. ' +
        'Đồng chí đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua; kịp thời phát hiện, biểu dương, nhân rộng các điển hình tiên tiến.',
      front:
        'Phát biểu thay mặt Ủy ban MTTQ Việt Nam tỉnh, đồng chí Vi Đức Thọ, Ủy viên BTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên tích cực hưởng ứng phong trào thi đua năm 2024.',
      announced:
        'Hội nghị đã công bố kết quả xếp hạng Chỉ số cải cách hành chính năm 2023: tỉnh Sơn La xếp thứ 13/63 tỉnh, thành phố.',
    };
    const first = await waitFor(
      async () => {
        const d = await report(id);
        return paragraph(d, 'announced-results') && paragraph(d, 'speech:6') ? d : undefined;
      },
      { what: 'the report with the ceremony’s facts', timeoutMs: 60_000 },
    );
    expect(paragraph(first, 'results')!.text).toBe(expected.results);
    expect(paragraph(first, 'presentations')!.text).toBe(expected.presentations);
    expect(paragraph(first, 'speech:5')!.text).toBe(expected.directing);
    expect(paragraph(first, 'speech:6')!.text).toBe(expected.front);
    expect(paragraph(first, 'announced-results')!.text).toBe(expected.announced);
    // in the article's order: results, then the speeches, before the awards and the prizes
    const roles = first.paragraphs.map((p) => p.role);
    expect(roles.indexOf('results')).toBeLessThan(roles.indexOf('speech:5'));
    expect(roles.indexOf('lead')).toBeLessThan(roles.indexOf('results'));
    // nothing invented: no prize paragraph while none was entered
    expect(paragraph(first, 'prizes')).toBeUndefined();
    // provenance: the results name the three figures' events, each speech its own
    expect(paragraph(first, 'results')!.sources).toHaveLength(3);
    expect(paragraph(first, 'speech:5')!.sources).toHaveLength(1);
    expect(paragraph(first, 'speech:5')!.sources[0]).not.toBe(paragraph(first, 'speech:6')!.sources[0]);

    // after the ceremony: a prize with its money, a figure corrected under its label; the draft follows
    await fact('prizes', {
      recipients: 'Công trình phúc lợi của huyện Mộc Châu',
      award: 'Giải Nhất',
      amountVnd: 500_000_000,
    });
    await fact('highlights', { figure: { label: 'tỷ lệ hộ nghèo', verb: 'giảm còn', value: 14.4, unit: '%' } }, 200);
    const second = await waitFor(
      async () => {
        const d = await report(id);
        return paragraph(d, 'prizes') && paragraph(d, 'results')!.text.endsWith('14,4%.') ? d : undefined;
      },
      { what: 'the report with the prize and the corrected figure', timeoutMs: 60_000 },
    );
    expect(paragraph(second, 'prizes')!.text).toBe(
      'Công trình phúc lợi của huyện Mộc Châu được tặng Giải Nhất kèm theo tiền thưởng 500 triệu đồng.',
    );
    expect(paragraph(second, 'results')!.text).toBe(
      'Theo báo cáo tại hội nghị, năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 4.290 tỷ đồng; ' +
        'thu nhập bình quân đầu người đạt 51,7 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 14,4%.',
    );
    const roles2 = second.paragraphs.map((p) => p.role);
    expect(roles2.indexOf('prizes')).toBeGreaterThan(roles2.indexOf('speech:6'));
  }, 240_000);
});
