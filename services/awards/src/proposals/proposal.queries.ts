import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Visible } from '../common/domain/acting';
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

  list(f: ProposalFilter, visible: Visible): Promise<{ items: Proposal[]; total: number }> {
    return this.proposals.list(this.dataSource.manager, f, visible);
  }

  async get(id: string, visible: Visible): Promise<Proposal> {
    const p = await this.proposals.get(this.dataSource.manager, id);
    if (!p || !isVisible(p, visible)) throw new NotFound('proposal', id);
    return p;
  }
}

/** Another tenant's proposal is answered like a missing one. */
export const isVisible = (p: Pick<Proposal, 'tenant'>, visible: Visible): boolean =>
  visible === null || (p.tenant !== undefined && visible.includes(p.tenant));
