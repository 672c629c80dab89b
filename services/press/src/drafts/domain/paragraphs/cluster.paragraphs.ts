import type { ClusterChangedData, ClusterLeaderFact } from '@tdkt/contracts';
import { clusterRoleTitle, joinList, sentence, unitInSentence, unitList } from '@tdkt/vietnamese';
import { leaderOf, membersOn } from '../../../read-model/domain/cluster-facts';
import type { ConferenceView } from '../../../read-model/domain/conference-facts';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';

type Conference = Pick<ConferenceView, 'conferenceId' | 'kind' | 'startsAt' | 'timeZone' | 'yearLaunched'>;

/** "Cụm thi đua … gồm các tỉnh Cao Bằng, Hà Giang và Lạng Sơn." — its members on the day, at a cluster's own conference. */
export function clusterMembersParagraph(c: Conference, cluster?: Sourced<ClusterChangedData>): Paragraph | undefined {
  if (!cluster || c.kind !== 'cluster-review') return undefined;
  const members = membersOn(cluster.data, c.startsAt, c.timeZone);
  if (members.length === 0) return undefined;
  return {
    role: 'cluster-members',
    text: sentence(`${cluster.data.name} gồm ${unitList(members)}`),
    sources: [cluster.eventId],
  };
}

/**
 * The heads and deputies as covenants recorded them: elected at this conference ("Hội nghị đã bầu
 * tỉnh A làm Cụm trưởng và tỉnh B làm Cụm phó năm 2024"), the head's handover at it ("Tỉnh C, Cụm
 * trưởng năm 2023, đã bàn giao nhiệm vụ Cụm trưởng năm 2024 cho tỉnh A"); at a cluster's own
 * conference that elected no one, the coming year's leaders if they are known. Undefined otherwise.
 */
export function clusterLeadersParagraph(c: Conference, cluster?: Sourced<ClusterChangedData>): Paragraph | undefined {
  if (!cluster) return undefined;
  const k = cluster.data;
  const title = (l: ClusterLeaderFact) => clusterRoleTitle(k.kind, l.role);
  const as = (ls: ClusterLeaderFact[]) => joinList(ls.map((l) => `${unitInSentence(l.unitName)} làm ${title(l)}`));
  const sentences: string[] = [];

  const elected = k.leaders.filter((l) => l.conferenceId === c.conferenceId);
  for (const year of [...new Set(elected.map((l) => l.year))].sort()) {
    sentences.push(sentence(`Hội nghị đã bầu ${as(byRole(elected.filter((l) => l.year === year)))} năm ${year}`));
  }
  for (const l of k.leaders.filter((x) => x.handover?.conferenceId === c.conferenceId)) {
    const h = l.handover!;
    sentences.push(
      sentence(
        `${unitInSentence(l.unitName)}, ${title(l)} năm ${l.year}, đã bàn giao nhiệm vụ ${title(l)} năm ${l.year + 1} cho ${unitInSentence(h.toUnitName)}`,
      ),
    );
  }
  if (sentences.length === 0 && c.kind === 'cluster-review') {
    const coming = byRole(
      [leaderOf(k, c.yearLaunched, 'head'), leaderOf(k, c.yearLaunched, 'deputy')].filter(
        (l): l is ClusterLeaderFact => !!l,
      ),
    );
    if (coming.length) {
      const who = coming.map((l) => `${unitInSentence(l.unitName)} là ${title(l)}`).join(', ');
      sentences.push(sentence(`Năm ${c.yearLaunched}, ${who}`));
    }
  }
  if (sentences.length === 0) return undefined;
  return { role: 'cluster-leaders', text: sentences.join(' '), sources: [cluster.eventId] };
}

const byRole = (ls: ClusterLeaderFact[]) =>
  [...ls].sort((a, b) => (a.role === b.role ? 0 : a.role === 'head' ? -1 : 1));
