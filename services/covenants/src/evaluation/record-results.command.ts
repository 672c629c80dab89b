import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantRepository } from '../covenants/infra/covenant.repository';
import type { Acting, Visible } from '../common/domain/acting';
import { checkResults, type Period, type ResultValue } from './domain/results';
import { ResultRepository } from './infra/result.repository';

/** Records a member's results for a period (mid-year self-report or year-end), target by target. */
@Injectable()
export class RecordResultsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly results: ResultRepository,
  ) {}

  execute(
    input: { covenantId: string; period: Period; partyId: string; values: ResultValue[] },
    by: Acting,
    visible: Visible,
    now = new Date(),
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // locked: an evaluation running at the same moment sees these results or refuses them
      const covenant = await this.covenants.load(manager, input.covenantId, visible, true);
      checkResults(covenant, input.partyId, input.values);
      await this.results.record(manager, input.covenantId, input.period, input.partyId, input.values, now, by);
    });
  }
}
