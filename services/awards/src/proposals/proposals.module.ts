import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { ConfirmProposalCommand } from './confirm-proposal.command';
import { CovenantEventsController } from './covenant-events.controller';
import { ProposalRepository } from './infra/proposal.repository';
import { ProposalQueries } from './proposal.queries';
import { ProposalsController } from './proposals.controller';

@Module({
  imports: [DecisionsModule],
  controllers: [ProposalsController, CovenantEventsController],
  providers: [ProposalRepository, ConfirmProposalCommand, ProposalQueries],
})
export class ProposalsModule {}
