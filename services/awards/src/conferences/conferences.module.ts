import { Module } from '@nestjs/common';
import { ConferenceCancelledHandler, ConferenceRescheduledHandler, ConferenceScheduledHandler } from './conference.handlers';
import { ConferenceRepository } from './infra/conference.repository';

export const CONFERENCE_HANDLERS = [ConferenceScheduledHandler, ConferenceRescheduledHandler, ConferenceCancelledHandler];

@Module({
  providers: [ConferenceRepository, ...CONFERENCE_HANDLERS],
  exports: [ConferenceRepository],
})
export class ConferencesModule {}
