import { Module } from '@nestjs/common';
import { ConferencesModule } from '../conferences/conferences.module';
import { GuestsModule } from '../guests/guests.module';
import { MailModule } from '../mail/mail.module';
import { ReminderRepository } from '../reminders/infra/reminder.repository';
import { RespondCommand } from '../rsvp/respond.command';
import { ConferenceEventsController } from './conference-events.controller';
import { ConferenceInvitationsController } from './conference-invitations.controller';
import { DraftList } from './draft-list';
import { GuestListQueries } from './guest-list.queries';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';
import { InvitationsController } from './invitations.controller';
import { InviteGuestsCommand } from './invite-guests.command';
import { ManageInvitationCommands } from './manage-invitation.commands';
import { SendInvitationsCommand } from './send-invitations.command';
import { UpdateGuestCommand } from './update-guest.command';

@Module({
  imports: [GuestsModule, MailModule, ConferencesModule],
  controllers: [ConferenceInvitationsController, InvitationsController, ConferenceEventsController],
  providers: [
    InvitationRepository, ReminderRepository, DraftList, InvitationDispatcher, GuestListQueries,
    InviteGuestsCommand, SendInvitationsCommand, ManageInvitationCommands, UpdateGuestCommand, RespondCommand,
  ],
  exports: [InvitationRepository, ReminderRepository, DraftList, InvitationDispatcher, GuestListQueries, RespondCommand, GuestsModule, MailModule, ConferencesModule],
})
export class InvitationsModule {}
