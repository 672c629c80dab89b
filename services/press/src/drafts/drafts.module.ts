import { Module } from '@nestjs/common';
import { CovenantSigned } from '@tdkt/contracts';
import { DeliveryModule } from '../delivery/delivery.module';
import { ReadModelRepository } from '../read-model/infra/read-model.repository';
import { ReadModelProjection, READ_MODEL_EVENTS } from '../read-model/projection';
import { projectionHandler } from '../read-model/read-model.handlers';
import { ReadModelRebuild } from '../rebuild/read-model-rebuild';
import { RebuildController } from '../rebuild/rebuild.controller';
import { CovenantSignedHandler } from './covenant-signed.handler';
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

/** covenant-signed also writes the signing draft at once; every other event only feeds the read model. */
export const PRESS_HANDLERS = [
  CovenantSignedHandler,
  ...READ_MODEL_EVENTS.filter((d) => d.type !== CovenantSigned.type).map(projectionHandler),
];

@Module({
  imports: [DeliveryModule],
  controllers: [DraftsController, DraftEditingController, ExportsController, RebuildController],
  providers: [
    DraftRepository, DraftQueries, DraftWriter, EditDraftCommand, DraftWorkflowCommand, ReadModelRepository, ReadModelProjection, StaleConferences,
    ConferenceDraftsRefresher, DraftRegenerator, ReadModelRebuild, ...PRESS_HANDLERS,
  ],
})
export class DraftsModule {}
