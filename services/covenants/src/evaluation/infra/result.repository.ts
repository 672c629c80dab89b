import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Acting } from '../../common/domain/acting';
import type { Period, ResultValue } from '../domain/results';
import { EvaluationRecord, ResultRecord } from './evaluation.records';

/** Results per target per member, and the stored evaluation; in the caller's transaction. */
@Injectable()
export class ResultRepository {
  /** A member may correct a result until the evaluation: the latest report of a target counts. */
  async record(
    manager: EntityManager,
    covenantId: string,
    period: Period,
    partyId: string,
    values: ResultValue[],
    at: Date,
    by: Acting,
  ): Promise<void> {
    if (!values.length) return;
    await manager.upsert(
      ResultRecord,
      values.map((v) => ({
        covenantId,
        period,
        partyId,
        targetId: v.targetId,
        actual: v.actual,
        note: v.note ?? null,
        reportedAt: at,
        recordedById: by.id,
        recordedByName: by.name,
      })),
      ['covenantId', 'period', 'partyId', 'targetId'],
    );
  }

  list(manager: EntityManager, covenantId: string, period: Period): Promise<ResultRecord[]> {
    return manager.find(ResultRecord, { where: { covenantId, period }, order: { reportedAt: 'ASC' } });
  }

  async saveEvaluation(manager: EntityManager, row: EvaluationRecord): Promise<void> {
    await manager.insert(EvaluationRecord, row);
  }

  findEvaluation(manager: EntityManager, covenantId: string): Promise<EvaluationRecord | null> {
    return manager.findOne(EvaluationRecord, { where: { covenantId } });
  }
}
