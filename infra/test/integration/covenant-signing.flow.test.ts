import { randomUUID } from 'node:crypto';
import { TOPICS } from '@tdkt/contracts';
import { TopicRecorder, createTestDatabase, dropTestDatabase, uniqueNamespace, waitFor } from '@tdkt/testing';
import {
  borderLeaders,
  createCluster,
  hàGiangCovenant,
  startCovenants,
} from '../../../services/covenants/test/covenants-app.harness';
import { startPress } from '../../../services/press/test/press-app.harness';

/**
 * docs/design.md#flows, flow 1: the HTTP request that records the last signature ends, through
 * Kafka, in a news draft that another HTTP request reads.
 */
describe('flow: the last signature → covenant-signed → a news draft', () => {
  const namespace = uniqueNamespace('flow');
  let covenants: Awaited<ReturnType<typeof startCovenants>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let pressDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let drafts: TopicRecorder;

  beforeAll(async () => {
    covenants = await startCovenants('flow-cov', namespace);
    pressDb = await createTestDatabase('flow-press');
    press = await startPress(pressDb, namespace);
    drafts = await TopicRecorder.start([`${namespace}${TOPICS.draft}`]);
  });

  afterAll(async () => {
    await drafts.stop();
    await press.stop();
    await covenants.stop();
    await dropTestDatabase(pressDb);
  });

  it('turns three signatures recorded over HTTP into a Vietnamese draft readable over HTTP', async () => {
    const clusterId = await createCluster(covenants.http, { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' });
    const created = await covenants.http.post('/covenants', { ...hàGiangCovenant, clusterId });
    expect(created.status).toBe(201);
    const c = created.body;
    const correlationId = randomUUID();
    for (const [i, p] of c.parties.entries()) {
      const res = await covenants.http.post(
        `/covenants/${c.id}/signatures`,
        {
          partyId: p.id,
          signatory: borderLeaders[p.unitName],
          signedAt: `2024-03-05T0${2 + i}:00:00.000Z`,
          place: 'Hội trường UBND tỉnh Hà Giang',
        },
        i === c.parties.length - 1 ? { 'x-correlation-id': correlationId } : {},
      );
      expect(res.status).toBe(201);
    }

    const draft = await waitFor(async () => (await press.http.get(`/drafts?subjectId=${c.id}`)).body.items[0], {
      what: 'the draft of the signed covenant',
    });
    expect(draft.kind).toBe('covenant-signing');
    expect(draft.title).toBe('Cụm thi đua các tỉnh biên giới phía Bắc ký kết giao ước thi đua năm 2024');
    // the last signature was at 04:00 UTC, 11:00 in Hà Nội
    expect(draft.paragraphs.map((p: { text: string }) => p.text)).toEqual([
      'Trưa 5/3, tại Hội trường UBND tỉnh Hà Giang, 3 đơn vị thuộc Cụm thi đua các tỉnh biên giới phía Bắc đã ký kết Giao ước thi đua năm 2024.',
      'Tham gia ký kết có các đồng chí: Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang; ' +
        'Lê Hải Hòa, Phó Chủ tịch UBND tỉnh Cao Bằng; ' +
        'Trịnh Xuân Trường, Ủy viên BCH Trung ương Đảng, Chủ tịch UBND tỉnh Lào Cai.',
      'Theo giao ước, các đơn vị cam kết phấn đấu thực hiện các chỉ tiêu chủ yếu: Tăng trưởng GRDP đạt 7,5%; Thu ngân sách đạt 2.460 tỷ đồng.',
      'Ảnh: Đại diện lãnh đạo các tỉnh Hà Giang, Cao Bằng và Lào Cai ký kết Giao ước thi đua năm 2024.',
    ]);

    // the last signing request's correlation id travelled through both services into press's event
    const generated = await waitFor(() => drafts.ofType('press.draft-generated.v1').find((m) => m.key === draft.id));
    expect(generated.headers.ce_correlationid).toBe(correlationId);
    expect(generated.headers.ce_causationid).toBe(draft.paragraphs[0].sources[0]);
  });
});
