import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Covenant, type CovenantStatus, type Signature } from '../domain/covenant';
import { isVisible, type Visible } from '../../common/domain/acting';
import { CovenantNotFound } from '../domain/covenant.errors';
import type { SigningMode } from '../domain/signature';
import type { Direction } from '../domain/targets';
import { CovenantRecord, PartyRecord, SignatureRecord, TargetRecord } from './covenant.records';

/** Loads and stores the Covenant aggregate; every method works in the caller's transaction. */
@Injectable()
export class CovenantRepository {
  /**
   * `lock`: the covenant row is locked FOR UPDATE, so concurrent signatures queue up, none is lost.
   * `visible`: another tenant's covenant is not found (null: every tenant's).
   */
  async load(manager: EntityManager, id: string, visible: Visible, lock = false): Promise<Covenant> {
    const qb = manager.getRepository(CovenantRecord).createQueryBuilder('c').where('c.id = :id', { id });
    const r = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!r || !isVisible(r.tenant, visible)) throw new CovenantNotFound(id);
    // one after another: inside a transaction they share one connection
    const parties = await manager.find(PartyRecord, { where: { covenantId: id }, order: { order: 'ASC' } });
    const targets = await manager.find(TargetRecord, { where: { covenantId: id }, order: { order: 'ASC' } });
    const signatures = await manager.find(SignatureRecord, { where: { covenantId: id }, order: { signedAt: 'ASC' } });
    return Covenant.restore({
      id: r.id,
      lineageId: r.lineageId,
      version: r.version,
      amends: r.amendsId ? { covenantId: r.amendsId, reason: r.amendmentReason ?? '' } : undefined,
      title: r.title,
      clusterId: r.clusterId ?? undefined,
      clusterName: r.clusterName,
      year: r.year,
      membersOn: r.membersOn ?? undefined,
      conferenceId: r.conferenceId ?? undefined,
      status: r.status as CovenantStatus,
      createdAt: r.createdAt,
      fullySignedAt: r.fullySignedAt ?? undefined,
      cancelled: r.cancelledAt ? { at: r.cancelledAt, reason: r.cancellationReason ?? '' } : undefined,
      tenant: r.tenant ?? undefined,
      parties: parties.map((p) => ({ id: p.id, unitName: p.unitName, order: p.order })),
      targets: targets.map((t) => ({
        id: t.id,
        name: t.name,
        unit: t.unit,
        targetValue: t.targetValue,
        direction: t.direction as Direction,
        weight: t.weight,
      })),
      signatures: signatures.map((s) => ({
        id: s.id,
        partyId: s.partyId,
        signatory: { name: s.signatoryName, titles: s.signatoryTitles },
        signedAt: s.signedAt,
        place: s.place ?? undefined,
        mode: s.mode as SigningMode,
        onBehalfOf: s.onBehalfOf ?? undefined,
        withdrawn: s.withdrawnAt
          ? {
              at: s.withdrawnAt,
              reason: s.withdrawalReason ?? '',
              ...(s.withdrawnById ? { by: { id: s.withdrawnById, name: s.withdrawnByName ?? '' } } : {}),
            }
          : undefined,
        recordedBy: s.recordedById ? { id: s.recordedById, name: s.recordedByName ?? '' } : undefined,
      })),
    });
  }

  async insert(manager: EntityManager, covenant: Covenant): Promise<void> {
    const s = covenant.snapshot;
    await manager.insert(CovenantRecord, {
      id: s.id,
      lineageId: s.lineageId,
      version: s.version,
      amendsId: s.amends?.covenantId ?? null,
      amendmentReason: s.amends?.reason ?? null,
      title: s.title,
      clusterId: s.clusterId ?? null,
      clusterName: s.clusterName,
      year: s.year,
      membersOn: s.membersOn ?? null,
      conferenceId: s.conferenceId ?? null,
      status: s.status,
      createdAt: s.createdAt,
      fullySignedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      tenant: s.tenant ?? null,
    });
    await this.insertParties(manager, covenant);
    await this.insertTargets(manager, covenant);
  }

  async addSignature(manager: EntityManager, covenant: Covenant, signature: Signature): Promise<void> {
    await manager.insert(SignatureRecord, {
      id: signature.id,
      covenantId: covenant.id,
      partyId: signature.partyId,
      signatoryName: signature.signatory.name,
      signatoryTitles: signature.signatory.titles,
      signedAt: signature.signedAt,
      place: signature.place ?? null,
      mode: signature.mode,
      onBehalfOf: signature.onBehalfOf ?? null,
      withdrawnAt: null,
      withdrawalReason: null,
      recordedById: signature.recordedBy?.id ?? null,
      recordedByName: signature.recordedBy?.name ?? null,
      withdrawnById: null,
      withdrawnByName: null,
    });
    await this.saveStatus(manager, covenant);
  }

  /** Marks a signature withdrawn; the row stays. */
  async saveWithdrawal(manager: EntityManager, signature: Signature): Promise<void> {
    await manager.update(
      SignatureRecord,
      { id: signature.id },
      {
        withdrawnAt: signature.withdrawn!.at,
        withdrawalReason: signature.withdrawn!.reason,
        withdrawnById: signature.withdrawn!.by?.id ?? null,
        withdrawnByName: signature.withdrawn!.by?.name ?? null,
      },
    );
  }

  /** While drafted and unsigned: nothing refers to these rows yet. */
  async replaceParties(manager: EntityManager, covenant: Covenant): Promise<void> {
    await manager.delete(PartyRecord, { covenantId: covenant.id });
    await this.insertParties(manager, covenant);
  }

  async replaceTargets(manager: EntityManager, covenant: Covenant): Promise<void> {
    await manager.delete(TargetRecord, { covenantId: covenant.id });
    await this.insertTargets(manager, covenant);
  }

  async saveStatus(manager: EntityManager, covenant: Covenant): Promise<void> {
    const s = covenant.snapshot;
    await manager.update(
      CovenantRecord,
      { id: s.id },
      {
        status: s.status,
        fullySignedAt: s.fullySignedAt ?? null,
        cancelledAt: s.cancelled?.at ?? null,
        cancellationReason: s.cancelled?.reason ?? null,
      },
    );
  }

  /** The versions of a covenant (oldest first), ids only, locked so two amendments queue up. */
  async versions(
    manager: EntityManager,
    lineageId: string,
  ): Promise<{ id: string; version: number; status: string }[]> {
    return manager
      .getRepository(CovenantRecord)
      .createQueryBuilder('c')
      .select(['c.id', 'c.version', 'c.status'])
      .where('c.lineage_id = :lineageId', { lineageId })
      .orderBy('c.version', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  private async insertParties(manager: EntityManager, covenant: Covenant): Promise<void> {
    const s = covenant.snapshot;
    await manager.insert(
      PartyRecord,
      s.parties.map((p) => ({ id: p.id, covenantId: s.id, unitName: p.unitName, order: p.order })),
    );
  }

  private async insertTargets(manager: EntityManager, covenant: Covenant): Promise<void> {
    const s = covenant.snapshot;
    if (s.targets.length)
      await manager.insert(
        TargetRecord,
        s.targets.map((t, i) => ({ covenantId: s.id, order: i + 1, ...t })),
      );
  }
}
