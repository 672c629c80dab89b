import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Acting, Visible } from '../common/domain/acting';
import { NotFound } from '../common/domain/awards.errors';
import type { DecisionHeader } from '../decisions/domain/decision';
import { IssueDecisionCommand, type IssuedDecision } from '../decisions/issue-decision.command';
import { assertPending, type Proposal } from './domain/proposal';
import { ProposalRepository } from './infra/proposal.repository';
import { isVisible } from './proposal.queries';

/**
 * The organizer confirms a proposal with the signed decision (number, date, signer): the
 * decision is issued for the leading unit, through every eligibility rule, in the same
 * transaction that marks the proposal confirmed.
 */
@Injectable()
export class ConfirmProposalCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly issue: IssueDecisionCommand,
  ) {}

  confirm(
    id: string,
    header: DecisionHeader,
    acting: Acting,
    visible: Visible,
    awardType?: string,
    unit?: string,
  ): Promise<{ proposal: Proposal; issued: IssuedDecision }> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.load(manager, id, visible);
      const code = awardType ?? proposal.awardTypeCode;
      const issued = await this.issue.issueIn(
        manager,
        header,
        [
          {
            ref: { field: 'proposal', vi: `Đề xuất cho ${proposal.unitName}`, en: `proposal for ${proposal.unitName}` },
            kind: 'collective',
            name: proposal.unitName,
            unit,
            awardType: code,
            achievementYear: proposal.year,
            achievement: `Dẫn đầu ${proposal.clusterName} năm ${proposal.year}`,
          },
        ],
        'proposal',
        acting,
      );
      const confirmed: Proposal = {
        ...proposal,
        awardTypeCode: issued.plan.awards[0]!.awardType.code,
        status: 'confirmed',
        decisionId: issued.plan.id,
        decidedBy: { id: acting.id, name: acting.name },
      };
      await this.proposals.save(manager, confirmed);
      return { proposal: confirmed, issued };
    });
  }

  reject(id: string, reason: string, by: Pick<Acting, 'id' | 'name'>, visible: Visible): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.load(manager, id, visible);
      const rejected: Proposal = {
        ...proposal,
        status: 'rejected',
        rejectionReason: reason.trim().normalize('NFC'),
        decidedBy: { id: by.id, name: by.name },
      };
      await this.proposals.save(manager, rejected);
      return rejected;
    });
  }

  private async load(
    manager: Parameters<ProposalRepository['get']>[0],
    id: string,
    visible: Visible,
  ): Promise<Proposal> {
    const proposal = await this.proposals.get(manager, id, true);
    if (!proposal || !isVisible(proposal, visible)) throw new NotFound('proposal', id);
    assertPending(proposal);
    return proposal;
  }
}
