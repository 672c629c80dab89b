import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Conflict } from '../common/domain/awards.errors';
import { identityKey, normalizeDetails, type Recipient, type RecipientDetails } from './domain/recipient';
import { RecipientRepository } from './infra/recipient.repository';

/** Registers a person, collective or household once; the same identity again is a 409 naming the existing id. */
@Injectable()
export class RegisterRecipientCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientRepository,
  ) {}

  execute(input: RecipientDetails): Promise<Recipient> {
    const d = normalizeDetails(input);
    const recipient: Recipient = { id: randomUUID(), kind: d.kind, name: d.name, titles: d.titles ?? [], unit: d.unit };
    return this.dataSource.transaction(async (manager) => {
      const existing = (await this.recipients.byIdentities(manager, [identityKey(d)])).get(identityKey(d));
      if (existing) {
        throw new Conflict(
          'recipient-exists',
          `${existing.name}${existing.unit ? ` (${existing.unit})` : ''} đã có trong sổ, mã ${existing.id}`,
          `${existing.name}${existing.unit ? ` (${existing.unit})` : ''} is already registered as ${existing.id}`,
        );
      }
      await this.recipients.insertMany(manager, [recipient]);
      return recipient;
    });
  }
}
