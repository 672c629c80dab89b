import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CovenantSigned, SignatureRecorded } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { covenantSignedData, signatureRecordedData } from './covenant.events';
import type { Covenant, Signature } from './domain/covenant';
import type { Signing } from './domain/signature';
import type { Visible } from '../common/domain/acting';
import { CovenantRepository } from './infra/covenant.repository';

export interface RecordSignatureInput extends Omit<Signing, 'signedAt'> {
  covenantId: string;
  partyId: string;
  signedAt?: Date;
}

/**
 * Records one party's signature under a row lock on the covenant, so parallel signatures are
 * applied one after another; the last one also emits `covenant-signed` and, for an amendment,
 * retires the version it replaces.
 */
@Injectable()
export class RecordSignatureCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(
    input: RecordSignatureInput,
    visible: Visible,
  ): Promise<{ covenant: Covenant; signature: Signature; completed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, input.covenantId, visible, true);
      const tenant = covenant.snapshot.tenant;
      const { signature, completed } = covenant.sign(input.partyId, {
        ...input,
        signedAt: input.signedAt ?? new Date(),
      });
      await this.covenants.addSignature(manager, covenant, signature);
      await this.outbox.add(manager, SignatureRecorded, {
        subject: covenant.id,
        data: signatureRecordedData(covenant, signature),
        tenant,
      });
      if (completed) {
        await this.supersedePrevious(manager, covenant);
        await this.outbox.add(manager, CovenantSigned, {
          subject: covenant.id,
          data: covenantSignedData(covenant),
          tenant,
        });
      }
      return { covenant, signature, completed };
    });
  }

  private async supersedePrevious(manager: EntityManager, covenant: Covenant): Promise<void> {
    const amended = covenant.snapshot.amends?.covenantId;
    if (!amended) return;
    // the version it amends: the same lineage, the same tenant
    const previous = await this.covenants.load(manager, amended, null, true);
    previous.supersede();
    await this.covenants.saveStatus(manager, previous);
  }
}
