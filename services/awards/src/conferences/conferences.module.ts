import { Module } from '@nestjs/common';
import { ConferenceEventsController } from './conference-events.controller';
import { ConferenceRepository } from './infra/conference.repository';

@Module({
  controllers: [ConferenceEventsController],
  providers: [ConferenceRepository],
  exports: [ConferenceRepository],
})
export class ConferencesModule {}
