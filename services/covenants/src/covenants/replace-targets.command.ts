import type { Visible } from '../common/domain/acting';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Covenant } from './domain/covenant';
import type { TargetInput } from './domain/targets';
import { CovenantRepository } from './infra/covenant.repository';

/** Replaces a draft's targets as a whole (typed in, or imported from a spreadsheet). */
@Injectable()
export class ReplaceTargetsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
  ) {}

  execute(covenantId: string, targets: TargetInput[], visible: Visible): Promise<Covenant> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, covenantId, visible, true);
      covenant.replaceTargets(targets);
      await this.covenants.replaceTargets(manager, covenant);
      return covenant;
    });
  }
}
