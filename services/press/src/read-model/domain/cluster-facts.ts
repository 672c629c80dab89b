import type { ClusterChangedData, ClusterLeaderFact } from '@tdkt/contracts';
import { cleanText, compareVietnamese, localDate } from '@tdkt/vietnamese';
import type { ConferenceView } from './conference-facts';
import type { Sourced } from './sourced';

const nameKey = (name: string) => cleanText(name).toLocaleLowerCase('vi');

const namesConference = (l: ClusterLeaderFact, conferenceId: string) =>
  l.conferenceId === conferenceId || l.handover?.conferenceId === conferenceId;

/**
 * The cluster a conference belongs to: the one whose leaders were elected or handed over at it;
 * else, among its owner's clusters, the one named as the organizer; else its owner's only
 * cluster. A province owning several blocs and naming none of them gets none: no guess.
 */
export function clusterOf(
  c: Pick<ConferenceView, 'conferenceId' | 'organizer'>,
  candidates: readonly Sourced<ClusterChangedData>[],
): Sourced<ClusterChangedData> | undefined {
  const named = candidates.find((k) => k.data.leaders.some((l) => namesConference(l, c.conferenceId)));
  if (named) return named;
  const byName = candidates.find((k) => nameKey(k.data.name) === nameKey(c.organizer.name));
  if (byName) return byName;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Its members on the conference's day, in Vietnamese alphabetical order. */
export function membersOn(cluster: ClusterChangedData, startsAt: string, timeZone: string): string[] {
  const day = localDate(startsAt, timeZone);
  return cluster.memberships
    .filter((m) => m.joinedOn <= day && (!m.leftOn || day < m.leftOn))
    .map((m) => m.unitName)
    .sort(compareVietnamese);
}

export const leaderOf = (cluster: ClusterChangedData, year: number, role: ClusterLeaderFact['role']) =>
  cluster.leaders.find((l) => l.year === year && l.role === role);
