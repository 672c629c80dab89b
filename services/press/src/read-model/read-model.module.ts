import { Module } from '@nestjs/common';
import { ReadModelRepository } from './infra/read-model.repository';
import { ReadModelProjection } from './projection';
import { ReadModelEventsController } from './read-model-events.controller';
import { StaleSubjects } from './stale-subjects';

/** The conferences and covenants as press knows them from events, and the queue of drafts behind them. */
@Module({
  controllers: [ReadModelEventsController],
  providers: [ReadModelRepository, ReadModelProjection, StaleSubjects],
  exports: [ReadModelRepository, ReadModelProjection, StaleSubjects],
})
export class ReadModelModule {}
