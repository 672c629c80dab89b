import { Module } from '@nestjs/common';
import { ConferenceProjection } from './conference-projection';
import { ConferenceRepository } from './infra/conference.repository';

/**
 * The conferences projection. Agenda's events reach it through the handlers of the invitations
 * that follow them (ConferenceEventsController), which apply them here first.
 */
@Module({
  providers: [ConferenceRepository, ConferenceProjection],
  exports: [ConferenceProjection],
})
export class ConferencesModule {}
