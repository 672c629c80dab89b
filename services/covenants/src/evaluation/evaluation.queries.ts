import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantRepository } from '../covenants/infra/covenant.repository';
import type { Visible } from '../common/domain/acting';
import { rankCovenant } from './domain/evaluation';
import type { Period } from './domain/results';
import { ResultRepository } from './infra/result.repository';

/** Results as recorded, the provisional scores they give, and the stored evaluation. */
@Injectable()
export class EvaluationQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly store: ResultRepository,
  ) {}

  async results(covenantId: string, period: Period, visible: Visible) {
    const m = this.dataSource.manager;
    const covenant = await this.covenants.load(m, covenantId, visible);
    const rows = await this.store.list(m, covenantId, period);
    const s = covenant.snapshot;
    return {
      covenantId,
      period,
      targets: s.targets,
      members: s.parties.map((p) => ({
        partyId: p.id,
        unitName: p.unitName,
        results: rows
          .filter((r) => r.partyId === p.id)
          .map((r) => ({
            targetId: r.targetId,
            actual: r.actual,
            note: r.note,
            reportedAt: r.reportedAt.toISOString(),
            recordedBy: r.recordedById ? { id: r.recordedById, name: r.recordedByName } : null,
          })),
        missing: s.targets
          .filter((t) => !rows.some((r) => r.partyId === p.id && r.targetId === t.id))
          .map((t) => t.name),
      })),
      /** what the scores would be now (missing results score 0); the evaluation fixes them */
      provisionalRanking: rankCovenant(covenant, rows),
    };
  }

  async evaluation(covenantId: string, visible: Visible) {
    const m = this.dataSource.manager;
    await this.covenants.load(m, covenantId, visible);
    return this.store.findEvaluation(m, covenantId);
  }
}
