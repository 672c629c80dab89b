import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/awards.errors';
import type { Recipient } from './domain/recipient';
import { RecipientRepository } from './infra/recipient.repository';

/** Suspends a recipient's awards (under investigation or complaint), or lifts the hold. */
@Injectable()
export class HoldRecipientCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientRepository,
  ) {}

  hold(id: string, reason: string): Promise<Recipient> {
    return this.set(id, reason.trim().normalize('NFC'));
  }

  release(id: string): Promise<Recipient> {
    return this.set(id, null);
  }

  private async set(id: string, reason: string | null): Promise<Recipient> {
    const r = await this.dataSource.transaction((m) => this.recipients.setHold(m, id, reason));
    if (!r) throw new NotFound('recipient', id);
    return r;
  }
}
