import { Module } from '@nestjs/common';
import { ConferenceCancelledHandler } from './conference-cancelled.handler';
import { ConferenceRescheduledHandler } from './conference-rescheduled.handler';
import { ConferenceScheduledHandler } from './conference-scheduled.handler';
import { ConferenceRepository } from './infra/conference.repository';

export const CONFERENCE_HANDLERS = [ConferenceScheduledHandler, ConferenceRescheduledHandler, ConferenceCancelledHandler];

@Module({
  providers: [ConferenceRepository, ...CONFERENCE_HANDLERS],
  exports: [ConferenceRepository],
})
export class ConferencesModule {}
