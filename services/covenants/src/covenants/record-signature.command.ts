import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantSigned, SignatureRecorded } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { covenantSignedData, signatureRecordedData } from './covenant.events';
import type { Covenant, Signatory, Signature } from './domain/covenant';
import { CovenantRepository } from './infra/covenant.repository';

export interface RecordSignatureInput {
  covenantId: string;
  partyId: string;
  signatory: Signatory;
  signedAt?: Date;
  place?: string;
}

/**
 * Records one party's signature under a row lock on the covenant, so parallel signatures are
 * applied one after another; the last one also emits `covenant-signed`.
 */
@Injectable()
export class RecordSignatureCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(input: RecordSignatureInput): Promise<{ covenant: Covenant; signature: Signature; completed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, input.covenantId, true);
      const { signature, completed } = covenant.sign(input.partyId, input.signatory, input.signedAt ?? new Date(), input.place);
      await this.covenants.addSignature(manager, covenant, signature);
      await this.outbox.add(manager, SignatureRecorded, { subject: covenant.id, data: signatureRecordedData(covenant, signature) });
      if (completed) {
        await this.outbox.add(manager, CovenantSigned, { subject: covenant.id, data: covenantSignedData(covenant) });
      }
      return { covenant, signature, completed };
    });
  }
}
