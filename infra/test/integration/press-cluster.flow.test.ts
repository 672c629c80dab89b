import { createTestDatabase, dropTestDatabase, uniqueNamespace, waitFor } from '@tdkt/testing';
import { startAgenda } from '../../../services/agenda/test/agenda-app.harness';
import { startCovenants } from '../../../services/covenants/test/covenants-app.harness';
import { startPress } from '../../../services/press/test/press-app.harness';
import {
  conferenceReport,
  expectStatus as ok,
  paragraphOf as paragraph,
  scheduleOnlineConference,
} from './press-report.steps';

/**
 * A cluster's members, and its head and deputy elected and handed over at its year-end
 * conference, flow from covenants (HTTP) to the press's conference report (Kafka): the members
 * on the conference's day ("… gồm các tỉnh …"), the election and the handover, in the genre's
 * words (docs/domain.md). The expected sentences are written by hand from what was entered.
 */
describe('press writes the cluster recorded in covenants (agenda, covenants and press, real Kafka and PostgreSQL)', () => {
  const namespace = uniqueNamespace('press-cluster');
  let agenda: Awaited<ReturnType<typeof startAgenda>>;
  let covenants: Awaited<ReturnType<typeof startCovenants>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let pressDb: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    agenda = await startAgenda('press-cluster-agenda', namespace);
    covenants = await startCovenants('press-cluster-covenants', namespace);
    pressDb = await createTestDatabase('press-cluster');
    press = await startPress(pressDb, namespace);
  }, 180_000);

  afterAll(async () => {
    await press?.stop();
    if (pressDb) await dropTestDatabase(pressDb);
    await covenants?.stop();
    await agenda?.stop();
  });

  it('states the members on the day, the election of the coming year’s head and deputy, and the handover', async () => {
    const name = 'Cụm thi đua các tỉnh biên giới phía Bắc';
    const conferenceId = await scheduleOnlineConference(
      agenda,
      {
        organizer: { name },
        kind: 'cluster-review',
        yearReviewed: 2023,
        yearLaunched: 2024,
        startsAt: '2024-03-05T08:00:00+07:00',
        endsAt: '2024-03-05T11:30:00+07:00',
      },
      'UBND tỉnh Lạng Sơn',
      'Hội trường UBND tỉnh Lạng Sơn',
    );

    const cluster = await ok(
      covenants.http.post('/clusters', {
        name,
        kind: 'cum',
        organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
        members: ['Tỉnh Lạng Sơn', 'Tỉnh Hà Giang', 'Tỉnh Cao Bằng'].map((unitName) => ({
          unitName,
          joinedOn: '2008-01-01',
        })),
      }),
    );
    const id = String(cluster.id);
    // joins after the conference: not one of its members on 5/3/2024
    await ok(covenants.http.post(`/clusters/${id}/members`, { unitName: 'Tỉnh Lào Cai', joinedOn: '2024-04-01' }));
    const elect = (body: object) => ok(covenants.http.post(`/clusters/${id}/leadership`, body));
    await elect({ year: 2023, role: 'head', unitName: 'Tỉnh Lạng Sơn' });
    await elect({ year: 2024, role: 'deputy', unitName: 'Tỉnh Cao Bằng', conferenceId, electedOn: '2024-03-05' });
    await elect({ year: 2024, role: 'head', unitName: 'Tỉnh Hà Giang', conferenceId, electedOn: '2024-03-05' });
    await ok(
      covenants.http.post(`/clusters/${id}/handovers`, { year: 2023, handedOverOn: '2024-03-05', conferenceId }),
    );
    // the report is written once the conference is over
    await ok(agenda.http.post(`/conferences/${conferenceId}/start`, {}), 200);
    await ok(agenda.http.post(`/conferences/${conferenceId}/conclude`, {}), 200);

    const d = await waitFor(
      async () => {
        const r = await conferenceReport(press, conferenceId);
        return paragraph(r, 'cluster-leaders')?.text.includes('bàn giao') ? r : undefined;
      },
      { what: 'the report with the cluster’s members and leaders', timeoutMs: 60_000 },
    );
    expect(paragraph(d, 'cluster-members')!.text).toBe(
      'Cụm thi đua các tỉnh biên giới phía Bắc gồm các tỉnh Cao Bằng, Hà Giang và Lạng Sơn.',
    );
    expect(paragraph(d, 'cluster-leaders')!.text).toBe(
      'Hội nghị đã bầu tỉnh Hà Giang làm Cụm trưởng và tỉnh Cao Bằng làm Cụm phó năm 2024. ' +
        'Tỉnh Lạng Sơn, Cụm trưởng năm 2023, đã bàn giao nhiệm vụ Cụm trưởng năm 2024 cho tỉnh Hà Giang.',
    );
    // provenance: both name one covenants event, the newest cluster-changed
    expect(paragraph(d, 'cluster-members')!.sources).toHaveLength(1);
    expect(paragraph(d, 'cluster-leaders')!.sources).toEqual(paragraph(d, 'cluster-members')!.sources);
    const roles = d!.paragraphs.map((p) => p.role);
    expect(roles.indexOf('lead')).toBeLessThan(roles.indexOf('cluster-members'));
    // the programme's handover segment is not written a second time
    expect(paragraph(d, 'handover')).toBeUndefined();
  }, 240_000);
});
