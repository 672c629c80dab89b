import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/awards.errors';
import type { Proposal } from './domain/proposal';
import { ProposalRepository, type ProposalFilter } from './infra/proposal.repository';

/** Read side of the proposals: newest first, and one by id. */
@Injectable()
export class ProposalQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
  ) {}

  list(f: ProposalFilter): Promise<{ items: Proposal[]; total: number }> {
    return this.proposals.list(this.dataSource.manager, f);
  }

  async get(id: string): Promise<Proposal> {
    const p = await this.proposals.get(this.dataSource.manager, id);
    if (!p) throw new NotFound('proposal', id);
    return p;
  }
}
