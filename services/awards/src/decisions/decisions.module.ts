import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { AwardQueries } from './award.queries';
import { AwardsController } from './awards.controller';
import { DecisionImportController } from './decision-import.controller';
import { DecisionsController } from './decisions.controller';
import { DecisionRepository } from './infra/decision.repository';
import { IssueDecisionCommand } from './issue-decision.command';
import { RevokeAwardsCommand } from './revoke-awards.command';

@Module({
  imports: [CatalogModule, RecipientsModule, ConferencesModule],
  // the import controller first: its POST /decisions/import must not be shadowed
  controllers: [DecisionImportController, DecisionsController, AwardsController],
  providers: [DecisionRepository, IssueDecisionCommand, RevokeAwardsCommand, AwardQueries],
  exports: [IssueDecisionCommand],
})
export class DecisionsModule {}
