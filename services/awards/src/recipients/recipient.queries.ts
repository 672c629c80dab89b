import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/awards.errors';
import type { Recipient } from './domain/recipient';
import { RecipientRepository, type RecipientFilter } from './infra/recipient.repository';

/** Read side of the recipients: the Vietnamese-aware search, and one by id. */
@Injectable()
export class RecipientQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientRepository,
  ) {}

  search(f: RecipientFilter): Promise<{ items: Recipient[]; total: number }> {
    return this.recipients.search(this.dataSource.manager, f);
  }

  async get(id: string): Promise<Recipient> {
    const [r] = await this.recipients.byIds(this.dataSource.manager, [id]);
    if (!r) throw new NotFound('recipient', id);
    return r;
  }
}
