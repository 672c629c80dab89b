import type { ClusterChangedData } from '@tdkt/contracts';
import { clusterOf } from '../../../read-model/domain/cluster-facts';
import type { Sourced } from '../../../read-model/domain/sourced';
import { clusterLeadersParagraph, clusterMembersParagraph } from './cluster.paragraphs';

const conferenceId = '0d3c9a5e-6f1b-4b2a-9c8d-7e6f5a4b3c2d';
const other = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
// a cluster conference on the morning of 5/3/2024 in Hà Nội time
const conference = {
  conferenceId,
  kind: 'cluster-review' as const,
  startsAt: '2024-03-05T01:30:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  yearLaunched: 2024,
  organizer: { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' },
};

const cluster = (over: Partial<ClusterChangedData> = {}, eventId = 'c1'): Sourced<ClusterChangedData> => ({
  data: {
    clusterId: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
    name: 'Cụm thi đua các tỉnh biên giới phía Bắc',
    kind: 'cum',
    organizingBody: 'Hội đồng Thi đua – Khen thưởng Trung ương',
    memberships: [
      { unitName: 'Tỉnh Lạng Sơn', joinedOn: '2020-01-01' },
      { unitName: 'Tỉnh Hà Giang', joinedOn: '2020-01-01' },
      { unitName: 'Tỉnh Cao Bằng', joinedOn: '2020-01-01' },
      // joined after the conference, left before it: neither is a member on 5/3/2024
      { unitName: 'Tỉnh Lào Cai', joinedOn: '2024-03-06' },
      { unitName: 'Tỉnh Yên Bái', joinedOn: '2020-01-01', leftOn: '2024-03-05' },
    ],
    leaders: [
      {
        year: 2023,
        role: 'head',
        unitName: 'Tỉnh Lạng Sơn',
        handover: { on: '2024-03-05', toUnitName: 'Tỉnh Hà Giang', conferenceId },
      },
      { year: 2024, role: 'deputy', unitName: 'Tỉnh Cao Bằng', conferenceId },
      { year: 2024, role: 'head', unitName: 'Tỉnh Hà Giang', conferenceId },
    ],
    changedAt: '2024-03-05T03:00:00.000Z',
    ...over,
  },
  eventId,
  time: '2024-03-05T03:00:00.000Z',
});

describe('the cluster in the report, as covenants recorded it', () => {
  it('lists the members on the day, the unit noun once and in lower case, in Vietnamese order', () => {
    expect(clusterMembersParagraph(conference, cluster())).toEqual({
      role: 'cluster-members',
      text: 'Cụm thi đua các tỉnh biên giới phía Bắc gồm các tỉnh Cao Bằng, Hà Giang và Lạng Sơn.',
      sources: ['c1'],
    });
  });

  it('says nothing of members at a conference that is not the cluster’s own', () => {
    expect(clusterMembersParagraph({ ...conference, kind: 'provincial-review' }, cluster())).toBeUndefined();
  });

  it('writes the election at the conference head first, and the outgoing head’s handover', () => {
    expect(clusterLeadersParagraph(conference, cluster())).toEqual({
      role: 'cluster-leaders',
      text:
        'Hội nghị đã bầu tỉnh Hà Giang làm Cụm trưởng và tỉnh Cao Bằng làm Cụm phó năm 2024. ' +
        'Tỉnh Lạng Sơn, Cụm trưởng năm 2023, đã bàn giao nhiệm vụ Cụm trưởng năm 2024 cho tỉnh Hà Giang.',
      sources: ['c1'],
    });
  });

  it('names a bloc’s leaders Khối trưởng and Khối phó', () => {
    const bloc = cluster({
      kind: 'khoi',
      name: 'Khối thi đua các cơ quan Nội vụ',
      leaders: [cluster().data.leaders[2]!],
    });
    expect(clusterLeadersParagraph(conference, bloc)?.text).toBe(
      'Hội nghị đã bầu tỉnh Hà Giang làm Khối trưởng năm 2024.',
    );
  });

  it('states the coming year’s leaders elected elsewhere at the cluster’s own conference, and nothing at another', () => {
    const elsewhere = cluster({
      leaders: [
        { year: 2024, role: 'head', unitName: 'Tỉnh Hà Giang', conferenceId: other },
        { year: 2024, role: 'deputy', unitName: 'Tỉnh Cao Bằng' },
      ],
    });
    expect(clusterLeadersParagraph(conference, elsewhere)?.text).toBe(
      'Năm 2024, tỉnh Hà Giang là Cụm trưởng, tỉnh Cao Bằng là Cụm phó.',
    );
    expect(clusterLeadersParagraph({ ...conference, kind: 'provincial-review' }, elsewhere)).toBeUndefined();
    expect(clusterLeadersParagraph(conference, cluster({ leaders: [] }))).toBeUndefined();
  });

  it('finds the conference’s cluster by its leaders, then by the organizer’s name, never by a guess among several', () => {
    const named = cluster({ name: 'Khối thi đua số 1' }, 'named');
    const byName = cluster({ leaders: [] }, 'byName');
    const stranger = cluster({ name: 'Khối thi đua số 2', leaders: [] }, 'stranger');
    expect(clusterOf(conference, [stranger, named, byName])?.eventId).toBe('named');
    expect(clusterOf(conference, [stranger, byName])?.eventId).toBe('byName');
    expect(clusterOf({ ...conference, organizer: { name: 'UBND tỉnh Hà Giang' } }, [stranger])?.eventId).toBe(
      'stranger',
    );
    expect(clusterOf({ ...conference, organizer: { name: 'UBND tỉnh Hà Giang' } }, [stranger, byName])).toBeUndefined();
  });
});
