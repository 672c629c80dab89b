import { Module } from '@nestjs/common';
import { ConferenceRepository } from './infra/conference.repository';

/** The conferences projection; its event handlers live with the invitations they move (InvitationsModule). */
@Module({
  providers: [ConferenceRepository],
  exports: [ConferenceRepository],
})
export class ConferencesModule {}
