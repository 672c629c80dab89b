import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Covenant, Signature } from './domain/covenant';
import type { Acting, Visible } from '../common/domain/acting';
import { CovenantRepository } from './infra/covenant.repository';

/**
 * Withdraws a party's signature before the covenant is fully signed. The signature row stays,
 * marked withdrawn with its reason; the party may sign again. (No event: libs/contracts has no
 * withdrawal type yet; the next signature-recorded carries the new signedCount.)
 */
@Injectable()
export class WithdrawSignatureCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
  ) {}

  execute(
    input: { covenantId: string; partyId: string; reason: string; by: Acting },
    visible: Visible,
    now = new Date(),
  ): Promise<{ covenant: Covenant; signature: Signature }> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, input.covenantId, visible, true);
      const signature = covenant.withdraw(input.partyId, input.reason, now, input.by);
      await this.covenants.saveWithdrawal(manager, signature);
      return { covenant, signature };
    });
  }
}
