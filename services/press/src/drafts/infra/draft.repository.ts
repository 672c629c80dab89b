import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DraftKind } from '@tdkt/contracts';
import type { DraftState } from '../domain/draft';
import { DraftRecord, DraftVersionRecord } from './draft.records';

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

  async save(manager: EntityManager, d: DraftState, sourceEventId: string): Promise<void> {
    await manager.upsert(
      DraftRecord,
      { id: d.id, kind: d.kind, subjectId: d.subjectId, version: d.version, title: d.title, paragraphs: d.paragraphs, generatedAt: d.generatedAt },
      ['id'],
    );
    await manager.insert(DraftVersionRecord, {
      draftId: d.id, version: d.version, title: d.title, paragraphs: d.paragraphs, sourceEventId, createdAt: d.generatedAt,
    });
  }
}

export function toState(r: DraftRecord): DraftState {
  return {
    id: r.id, kind: r.kind as DraftKind, subjectId: r.subjectId, version: r.version, title: r.title,
    paragraphs: r.paragraphs, generatedAt: r.generatedAt,
  };
}
