import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantEvaluated, type CovenantEvaluatedData } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { CovenantRuleBroken } from '../covenants/domain/covenant.errors';
import { CovenantRepository } from '../covenants/infra/covenant.repository';
import type { Acting, Visible } from '../common/domain/acting';
import { leadingUnit, rankCovenant } from './domain/evaluation';
import { ResultRepository } from './infra/result.repository';

/**
 * Year-end evaluation: scores every member from its year-end results, ranks them, names the
 * leading unit, stores it and emits `covenant-evaluated` in the same transaction. Once only.
 */
@Injectable()
export class EvaluateCovenantCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly results: ResultRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(
    covenantId: string,
    by: Acting,
    visible: Visible,
    leadingPartyId?: string,
    now = new Date(),
  ): Promise<CovenantEvaluatedData> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, covenantId, visible, true);
      covenant.markEvaluated();
      const results = await this.results.list(manager, covenantId, 'year-end');
      if (!results.length) {
        throw new CovenantRuleBroken(
          'noResults',
          'results',
          'Chưa có kết quả tổng kết năm (year-end) nào; hãy ghi nhận kết quả của các đơn vị trước khi đánh giá',
          'no year-end results yet; record the members’ results before the evaluation',
        );
      }
      const ranking = rankCovenant(covenant, results);
      const leader = leadingUnit(ranking, leadingPartyId);
      const s = covenant.snapshot;
      const data: CovenantEvaluatedData = {
        covenantId: s.id,
        clusterName: s.clusterName,
        year: s.year,
        evaluatedAt: now.toISOString(),
        ranking: ranking.map((r) => ({ rank: r.rank, partyId: r.partyId, unitName: r.unitName, score: r.score })),
        leadingUnit: { partyId: leader.partyId, unitName: leader.unitName },
      };
      await this.covenants.saveStatus(manager, covenant);
      await this.results.saveEvaluation(manager, {
        covenantId: s.id,
        evaluatedAt: now,
        ranking,
        leadingPartyId: leader.partyId,
        leadingUnitName: leader.unitName,
        tieBrokenBy: leadingPartyId ? 'cluster-decision' : null,
        evaluatedById: by.id,
        evaluatedByName: by.name,
      });
      await this.outbox.add(manager, CovenantEvaluated, { subject: s.id, data, tenant: s.tenant });
      return data;
    });
  }
}
