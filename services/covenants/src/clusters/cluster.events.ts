import type { ClusterChangedData } from '@tdkt/contracts';
import type { Cluster } from './domain/cluster';

/** The cluster as it stands, in the words of libs/contracts: members with dates, leaders per year. */
export function clusterChangedData(c: Cluster, now: Date): ClusterChangedData {
  const s = c.snapshot;
  return {
    clusterId: s.id,
    name: s.name,
    kind: s.kind,
    organizingBody: s.organizingBody,
    memberships: [...s.memberships]
      .sort((a, b) => a.joinedOn.localeCompare(b.joinedOn) || a.id.localeCompare(b.id))
      .map((m) => ({ unitName: m.unitName, joinedOn: m.joinedOn, ...(m.leftOn ? { leftOn: m.leftOn } : {}) })),
    leaders: [...s.leaderships]
      .sort((a, b) => a.year - b.year || a.role.localeCompare(b.role))
      .map((l) => ({
        year: l.year,
        role: l.role,
        unitName: l.unitName,
        ...(l.electedOn ? { electedOn: l.electedOn } : {}),
        ...(l.conferenceId ? { conferenceId: l.conferenceId } : {}),
        ...(l.handover
          ? {
              handover: {
                on: l.handover.on,
                toUnitName: l.handover.toUnitName,
                ...(l.handover.conferenceId ? { conferenceId: l.handover.conferenceId } : {}),
              },
            }
          : {}),
      })),
    changedAt: now.toISOString(),
  };
}
