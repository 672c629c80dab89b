import type { Cluster } from '../domain/cluster';
import { roleTitle, type ClusterKind, type Leadership } from '../domain/leadership';
import type { Membership } from '../domain/membership';

export function clusterView(c: Cluster, today: string) {
  const s = c.snapshot;
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    organizingBody: s.organizingBody,
    tenant: s.tenant ?? null,
    createdAt: s.createdAt.toISOString(),
    membersToday: c.membersOn(today).map((m) => m.unitName),
  };
}

export const membershipView = (m: Membership) => ({
  id: m.id,
  unitName: m.unitName,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn ?? null,
  note: m.note ?? null,
  leftReason: m.leftReason ?? null,
});

export const leadershipView = (kind: ClusterKind, l: Leadership) => ({
  id: l.id,
  year: l.year,
  role: l.role,
  title: roleTitle(kind, l.role),
  unitName: l.unitName,
  electedOn: l.electedOn ?? null,
  conferenceId: l.conferenceId ?? null,
  handover: l.handover
    ? { on: l.handover.on, toUnitName: l.handover.toUnitName, conferenceId: l.handover.conferenceId ?? null }
    : null,
});
