import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DraftKind } from '@tdkt/contracts';
import type { DraftState, DraftStatus } from '../domain/draft';
import { DraftRecord, DraftTransitionRecord, DraftVersionRecord } from './draft.records';

export type VersionOrigin = 'generated' | 'edited' | 'merged';

@Injectable()
export class DraftRepository {
  /** Locks the draft of this subject, if any, for the rest of the transaction. */
  async findForUpdate(manager: EntityManager, kind: DraftKind, subjectId: string): Promise<DraftState | undefined> {
    const r = await manager
      .getRepository(DraftRecord)
      .createQueryBuilder('d')
      .where('d.kind = :kind AND d.subject_id = :subjectId', { kind, subjectId })
      .setLock('pessimistic_write')
      .getOne();
    return r ? toState(r) : undefined;
  }

  async lock(manager: EntityManager, id: string): Promise<DraftState | undefined> {
    const r = await manager
      .getRepository(DraftRecord)
      .createQueryBuilder('d')
      .where('d.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    return r ? toState(r) : undefined;
  }

  /** The draft's current state; with `version`, also that version as a new row of history. */
  async save(
    manager: EntityManager,
    d: DraftState,
    version?: { origin: VersionOrigin; sourceEventId?: string; author?: { id: string; name: string } },
  ): Promise<void> {
    await manager.upsert(DraftRecord, toRecord(d), ['id']);
    if (!version) return;
    await manager.insert(DraftVersionRecord, {
      draftId: d.id,
      version: d.version,
      title: d.title,
      paragraphs: d.paragraphs,
      sourceEventId: version.sourceEventId ?? null,
      origin: version.origin,
      author: version.author?.name ?? null,
      authorId: version.author?.id ?? null,
      createdAt: d.generatedAt,
    });
  }

  /** Who submitted the draft for the review it is in (the four-eyes rule): the latest submit's actor id. */
  async submitterId(manager: EntityManager, draftId: string): Promise<string | null> {
    const t = await manager
      .getRepository(DraftTransitionRecord)
      .findOne({ where: { draftId, action: 'submit' }, order: { id: 'DESC' } });
    return t?.actorId ?? null;
  }

  async transition(
    manager: EntityManager,
    t: {
      draftId: string;
      action: string;
      from: DraftStatus;
      to: DraftStatus;
      version: number;
      actor: { id: string; name: string };
      role: string;
      comment?: string;
      at: Date;
    },
  ) {
    await manager.insert(DraftTransitionRecord, {
      draftId: t.draftId,
      action: t.action,
      fromStatus: t.from,
      toStatus: t.to,
      version: t.version,
      actor: t.actor.name,
      actorId: t.actor.id,
      role: t.role,
      comment: t.comment ?? null,
      at: t.at,
    });
  }
}

function toRecord(d: DraftState): Partial<DraftRecord> {
  return {
    id: d.id,
    kind: d.kind,
    subjectId: d.subjectId,
    version: d.version,
    title: d.title,
    paragraphs: d.paragraphs,
    generatedAt: d.generatedAt,
    status: d.status,
    edited: d.edited,
    base: d.base,
    pending: d.pending ?? null,
    pendingSince: d.pendingSince ?? null,
    organizations: d.organizations,
    publishedVersion: d.publishedVersion ?? null,
    tenant: d.tenant ?? null,
  };
}

export function toState(r: DraftRecord): DraftState {
  return {
    id: r.id,
    kind: r.kind as DraftKind,
    subjectId: r.subjectId,
    version: r.version,
    title: r.title,
    paragraphs: r.paragraphs,
    generatedAt: r.generatedAt,
    status: r.status as DraftStatus,
    edited: r.edited,
    base: r.base,
    ...(r.pending ? { pending: r.pending } : {}),
    ...(r.pendingSince ? { pendingSince: r.pendingSince } : {}),
    organizations: r.organizations,
    ...(r.publishedVersion ? { publishedVersion: r.publishedVersion } : {}),
    ...(r.tenant ? { tenant: r.tenant } : {}),
  };
}
