import type { Visible } from '../common/domain/acting';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Covenant } from './domain/covenant';
import { CovenantRepository } from './infra/covenant.repository';

/** Cancels a draft (not fully signed); later signatures are refused. */
@Injectable()
export class CancelCovenantCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
  ) {}

  execute(covenantId: string, reason: string, visible: Visible, now = new Date()): Promise<Covenant> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, covenantId, visible, true);
      covenant.cancel(reason, now);
      await this.covenants.saveStatus(manager, covenant);
      return covenant;
    });
  }
}
