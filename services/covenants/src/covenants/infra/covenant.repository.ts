import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Covenant, type CovenantStatus, type Signature } from '../domain/covenant';
import { CovenantNotFound } from '../domain/covenant.errors';
import { CovenantRecord, PartyRecord, SignatureRecord, TargetRecord } from './covenant.records';

/** Loads and stores the Covenant aggregate; every method works in the caller's transaction. */
@Injectable()
export class CovenantRepository {
  /** `lock`: the covenant row is locked FOR UPDATE, so concurrent signatures queue up, none is lost. */
  async load(manager: EntityManager, id: string, lock = false): Promise<Covenant> {
    const qb = manager.getRepository(CovenantRecord).createQueryBuilder('c').where('c.id = :id', { id });
    const record = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!record) throw new CovenantNotFound(id);
    // one after another: inside a transaction they share one connection
    const parties = await manager.find(PartyRecord, { where: { covenantId: id }, order: { order: 'ASC' } });
    const targets = await manager.find(TargetRecord, { where: { covenantId: id }, order: { order: 'ASC' } });
    const signatures = await manager.find(SignatureRecord, { where: { covenantId: id }, order: { signedAt: 'ASC' } });
    return Covenant.restore({
      id: record.id,
      title: record.title,
      clusterName: record.clusterName,
      year: record.year,
      conferenceId: record.conferenceId ?? undefined,
      status: record.status as CovenantStatus,
      createdAt: record.createdAt,
      fullySignedAt: record.fullySignedAt ?? undefined,
      parties: parties.map((p) => ({ id: p.id, unitName: p.unitName, order: p.order })),
      targets: targets.map((t) => ({ name: t.name, unit: t.unit, targetValue: t.targetValue })),
      signatures: signatures.map((s) => ({
        partyId: s.partyId,
        signatory: { name: s.signatoryName, titles: s.signatoryTitles },
        signedAt: s.signedAt,
        place: s.place ?? undefined,
      })),
    });
  }

  async insert(manager: EntityManager, covenant: Covenant): Promise<void> {
    const s = covenant.snapshot;
    await manager.insert(CovenantRecord, {
      id: s.id, title: s.title, clusterName: s.clusterName, year: s.year, conferenceId: s.conferenceId ?? null,
      status: s.status, createdAt: s.createdAt, fullySignedAt: null,
    });
    await manager.insert(PartyRecord, s.parties.map((p) => ({ id: p.id, covenantId: s.id, unitName: p.unitName, order: p.order })));
    if (s.targets.length) {
      await manager.insert(TargetRecord, s.targets.map((t, i) => ({ covenantId: s.id, order: i + 1, ...t })));
    }
  }

  async addSignature(manager: EntityManager, covenant: Covenant, signature: Signature): Promise<void> {
    await manager.insert(SignatureRecord, {
      covenantId: covenant.id,
      partyId: signature.partyId,
      signatoryName: signature.signatory.name,
      signatoryTitles: signature.signatory.titles,
      signedAt: signature.signedAt,
      place: signature.place ?? null,
    });
    const s = covenant.snapshot;
    await manager.update(CovenantRecord, { id: s.id }, { status: s.status, fullySignedAt: s.fullySignedAt ?? null });
  }
}
