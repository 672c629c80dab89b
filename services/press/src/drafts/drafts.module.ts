import { Module } from '@nestjs/common';
import { CovenantSignedHandler } from './covenant-signed.handler';
import { DraftQueries } from './draft.queries';
import { DraftsController } from './drafts.controller';
import { DraftRepository } from './infra/draft.repository';

export const PRESS_HANDLERS = [CovenantSignedHandler];

@Module({
  controllers: [DraftsController],
  providers: [DraftRepository, DraftQueries, ...PRESS_HANDLERS],
})
export class DraftsModule {}
