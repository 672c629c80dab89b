import { uniqueNamespace, waitFor } from '@tdkt/testing';
import { startAgenda } from '../../../services/agenda/test/agenda-app.harness';
import {
  borderLeaders,
  createCluster,
  hàGiangCovenant,
  startCovenants,
} from '../../../services/covenants/test/covenants-app.harness';

type Covenants = Awaited<ReturnType<typeof startCovenants>>;

/**
 * The one place this flow uses the covenants API to draft: if drafting changes (covenants may
 * come to belong to a cluster), adapt this function only.
 */
async function draftCovenantFor(
  covenants: Covenants,
  conferenceId: string,
): Promise<{ id: string; parties: { id: string; unitName: string }[] }> {
  const clusterId = await createCluster(covenants.http);
  const res = await covenants.http.post('/covenants', { ...hàGiangCovenant, clusterId, conferenceId });
  expect(res.status).toBe(201);
  return res.body;
}

/**
 * docs/design.md#flows, flow 1: a covenant becomes fully signed → the agenda marks its signing segment done.
 * The real covenants service records the signatures over HTTP; the agenda learns through Kafka.
 */
describe('flow with covenants: the last signature marks the segment done', () => {
  const namespace = uniqueNamespace('flow-agenda');
  let covenants: Covenants;
  let agenda: Awaited<ReturnType<typeof startAgenda>>;

  beforeAll(async () => {
    agenda = await startAgenda('flow-agenda', namespace);
    covenants = await startCovenants('flow-agenda-cov', namespace);
  });

  afterAll(async () => {
    await covenants.stop();
    await agenda.stop();
  });

  it('keeps the signing segment planned while parties sign, and marks it done at the last signature', async () => {
    const conference = await agenda.http.post('/conferences', {
      organizer: { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' },
      kind: 'cluster-review',
      yearReviewed: 2023,
      yearLaunched: 2024,
      startsAt: '2024-03-05T08:00:00+07:00',
      endsAt: '2024-03-05T11:30:00+07:00',
      format: 'online',
    });
    expect(conference.status).toBe(201);
    const conferenceId = conference.body.id;
    const segment = await agenda.http.post(`/conferences/${conferenceId}/segments`, {
      kind: 'covenant-signing',
      startTime: '10:00',
      endTime: '10:30',
    });
    expect(segment.status).toBe(201);
    const signingSegment = async () =>
      (await agenda.http.get(`/conferences/${conferenceId}`)).body.segments.find(
        (s: { kind: string }) => s.kind === 'covenant-signing',
      );

    const covenant = await draftCovenantFor(covenants, conferenceId);
    // the agenda has learnt of the covenant (covenant-created) and waits for its signatures
    const waiting = await waitFor(
      async () => {
        const s = await signingSegment();
        return s.covenants.length === 1 && s;
      },
      { what: 'the drafted covenant on the agenda' },
    );
    expect(waiting).toMatchObject({ status: 'planned', covenants: [{ covenantId: covenant.id, status: 'drafted' }] });

    for (const [i, p] of covenant.parties.entries()) {
      const res = await covenants.http.post(`/covenants/${covenant.id}/signatures`, {
        partyId: p.id,
        signatory: borderLeaders[p.unitName],
        signedAt: `2024-03-05T03:0${i}:00.000Z`,
      });
      expect(res.status).toBe(201);
      expect(res.body.completed).toBe(i === covenant.parties.length - 1);
      if (!res.body.completed) expect((await signingSegment()).status).toBe('planned');
    }

    const done = await waitFor(
      async () => {
        const s = await signingSegment();
        return s.status === 'done' && s;
      },
      { what: 'the signing segment done' },
    );
    expect(done).toMatchObject({
      id: segment.body.segment.id,
      startTime: '10:00',
      covenants: [
        {
          covenantId: covenant.id,
          status: 'fully_signed',
          fullySignedAt: '2024-03-05T03:02:00.000Z',
          parties: ['Tỉnh Hà Giang', 'Tỉnh Cao Bằng', 'Tỉnh Lào Cai'],
        },
      ],
    });
  });
});
