import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { DraftEditingController } from './draft-editing.controller';
import { DraftProvenanceQuery } from './draft-provenance.query';
import { DraftWorkflowCommand } from './draft-workflow.command';
import { DraftQueries } from './draft.queries';
import { DraftWriter } from './draft.writer';
import { DraftsController } from './drafts.controller';
import { EditDraftCommand } from './edit-draft.command';
import { ExportsController } from './exports.controller';
import { DraftRepository } from './infra/draft.repository';
import { DraftRegenerator } from './regeneration/draft-regenerator';
import { DraftsRefresher } from './regeneration/drafts.refresher';

/** The drafts: written from the read model by the regenerator, edited, reviewed, published, exported. */
@Module({
  imports: [ReadModelModule, DeliveryModule],
  controllers: [DraftsController, DraftEditingController, ExportsController],
  providers: [
    DraftRepository,
    DraftQueries,
    DraftProvenanceQuery,
    DraftWriter,
    EditDraftCommand,
    DraftWorkflowCommand,
    DraftsRefresher,
    DraftRegenerator,
  ],
  exports: [DraftsRefresher],
})
export class DraftsModule {}
