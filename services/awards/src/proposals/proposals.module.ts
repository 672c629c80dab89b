import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { ConfirmProposalCommand } from './confirm-proposal.command';
import { CovenantEvaluatedHandler } from './covenant-evaluated.handler';
import { ProposalRepository } from './infra/proposal.repository';
import { ProposalsController } from './proposals.controller';

export const PROPOSAL_HANDLERS = [CovenantEvaluatedHandler];

@Module({
  imports: [DecisionsModule],
  controllers: [ProposalsController],
  providers: [ProposalRepository, ConfirmProposalCommand, ...PROPOSAL_HANDLERS],
})
export class ProposalsModule {}
