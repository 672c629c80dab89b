import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Cluster } from '../domain/cluster';
import { isVisible, type Visible } from '../../common/domain/acting';
import { ClusterNotFound } from '../domain/cluster.errors';
import type { ClusterKind, LeaderRole, Leadership } from '../domain/leadership';
import type { Membership } from '../domain/membership';
import { ClusterRecord, LeadershipRecord, MembershipRecord } from './cluster.records';

/** Loads and stores the Cluster aggregate in the caller's transaction. */
@Injectable()
export class ClusterRepository {
  /**
   * `lock`: the cluster row is locked FOR UPDATE, so two elections for one year queue up.
   * `visible`: another tenant's cluster is not found (null: every tenant's).
   */
  async load(manager: EntityManager, id: string, visible: Visible, lock = false): Promise<Cluster> {
    const qb = manager.getRepository(ClusterRecord).createQueryBuilder('c').where('c.id = :id', { id });
    const record = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!record || !isVisible(record.tenant, visible)) throw new ClusterNotFound(id);
    const memberships = await manager.find(MembershipRecord, {
      where: { clusterId: id },
      order: { joinedOn: 'ASC', unitName: 'ASC' },
    });
    const leaderships = await manager.find(LeadershipRecord, {
      where: { clusterId: id },
      order: { year: 'ASC', role: 'ASC' },
    });
    return Cluster.restore({
      id: record.id,
      name: record.name,
      kind: record.kind as ClusterKind,
      organizingBody: record.organizingBody,
      createdAt: record.createdAt,
      tenant: record.tenant ?? undefined,
      memberships: memberships.map(toMembership),
      leaderships: leaderships.map(toLeadership),
    });
  }

  async insert(manager: EntityManager, cluster: Cluster): Promise<void> {
    const s = cluster.snapshot;
    await manager.insert(ClusterRecord, {
      id: s.id,
      name: s.name,
      kind: s.kind,
      organizingBody: s.organizingBody,
      createdAt: s.createdAt,
      tenant: s.tenant ?? null,
    });
    await this.saveChanges(manager, cluster);
  }

  /** Upserts the rows the aggregate reports as changed. */
  async saveChanges(manager: EntityManager, cluster: Cluster): Promise<void> {
    const s = cluster.snapshot;
    const memberships = s.memberships.filter((m) => cluster.changed.memberships.has(m.id));
    const leaderships = s.leaderships.filter((l) => cluster.changed.leaderships.has(l.id));
    if (memberships.length) {
      await manager.upsert(
        MembershipRecord,
        memberships.map((m) => ({
          id: m.id,
          clusterId: s.id,
          unitName: m.unitName,
          joinedOn: m.joinedOn,
          leftOn: m.leftOn ?? null,
          note: m.note ?? null,
          leftReason: m.leftReason ?? null,
        })),
        ['id'],
      );
    }
    if (leaderships.length) {
      await manager.upsert(
        LeadershipRecord,
        leaderships.map((l) => ({
          id: l.id,
          clusterId: s.id,
          year: l.year,
          role: l.role,
          unitName: l.unitName,
          electedOn: l.electedOn ?? null,
          conferenceId: l.conferenceId ?? null,
          handedOverOn: l.handover?.on ?? null,
          handedOverTo: l.handover?.toUnitName ?? null,
          handoverConferenceId: l.handover?.conferenceId ?? null,
        })),
        ['id'],
      );
    }
    cluster.changed.memberships.clear();
    cluster.changed.leaderships.clear();
  }
}

const toMembership = (m: MembershipRecord): Membership => ({
  id: m.id,
  unitName: m.unitName,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn ?? undefined,
  note: m.note ?? undefined,
  leftReason: m.leftReason ?? undefined,
});

const toLeadership = (l: LeadershipRecord): Leadership => ({
  id: l.id,
  year: l.year,
  role: l.role as LeaderRole,
  unitName: l.unitName,
  electedOn: l.electedOn ?? undefined,
  conferenceId: l.conferenceId ?? undefined,
  handover: l.handedOverOn
    ? { on: l.handedOverOn, toUnitName: l.handedOverTo!, conferenceId: l.handoverConferenceId ?? undefined }
    : undefined,
});
