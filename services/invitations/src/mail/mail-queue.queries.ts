import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailQueueRepository, type MailRow } from './infra/mail-queue.repository';

export interface MailFilter {
  status?: string;
  invitationId?: string;
  page: number;
  pageSize: number;
  /** visibleTenants of the caller: null for all */
  tenants: string[] | null;
}

/** Read side of the mail queue: newest first. */
@Injectable()
export class MailQueueQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: MailQueueRepository,
  ) {}

  list(f: MailFilter): Promise<{ items: MailRow[]; total: number }> {
    return this.queue.list(this.dataSource.manager, f);
  }
}
