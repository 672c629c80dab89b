import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { ReadModelRepository } from '../read-model/infra/read-model.repository';
import { ReadModelProjection } from '../read-model/projection';
import { ReadModelEventsController } from '../read-model/read-model-events.controller';
import { ReadModelRebuild } from '../rebuild/read-model-rebuild';
import { RebuildController } from '../rebuild/rebuild.controller';
import { CovenantEventsController } from './covenant-events.controller';
import { DraftEditingController } from './draft-editing.controller';
import { DraftWorkflowCommand } from './draft-workflow.command';
import { DraftQueries } from './draft.queries';
import { DraftWriter } from './draft.writer';
import { DraftsController } from './drafts.controller';
import { EditDraftCommand } from './edit-draft.command';
import { ExportsController } from './exports.controller';
import { DraftRepository } from './infra/draft.repository';
import { ConferenceDraftsRefresher } from './regeneration/conference-drafts.refresher';
import { DraftRegenerator } from './regeneration/draft-regenerator';
import { StaleConferences } from './regeneration/stale-conferences';

@Module({
  imports: [DeliveryModule],
  controllers: [DraftsController, DraftEditingController, ExportsController, RebuildController, CovenantEventsController, ReadModelEventsController],
  providers: [
    DraftRepository, DraftQueries, DraftWriter, EditDraftCommand, DraftWorkflowCommand, ReadModelRepository, ReadModelProjection, StaleConferences,
    ConferenceDraftsRefresher, DraftRegenerator, ReadModelRebuild,
  ],
})
export class DraftsModule {}
