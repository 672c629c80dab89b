import { Module } from '@nestjs/common';
import { TenancyQueries } from './tenancy.queries';
import { ConferencesModule } from '../conferences/conferences.module';
import { GuestsModule } from '../guests/guests.module';
import { MailModule } from '../mail/mail.module';
import { RemindersModule } from '../reminders/reminders.module';
import { AwardeeInvitations } from './awardee-invitations.commands';
import { ConferenceEventsController } from './conference-events.controller';
import { ConferenceInvitationsController } from './conference-invitations.controller';
import { DraftList } from './draft-list';
import { GuestListQueries } from './guest-list.queries';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationQueries } from './invitation.queries';
import { InvitationDispatcher } from './invitation-dispatcher';
import { InvitationMailer } from './invitation-mailer';
import { InvitationsController } from './invitations.controller';
import { InviteGuestsCommand } from './invite-guests.command';
import { ManageInvitationCommands } from './manage-invitation.commands';
import { ReminderScheduler } from './reminder.scheduler';
import { RespondCommand } from './respond.command';
import { SendInvitationsCommand } from './send-invitations.command';
import { UpdateGuestCommand } from './update-guest.command';

/**
 * Invitations and their mails: the guest lists, sending, answers, reminders, and following
 * agenda's conferences. Exports what check-in, the RSVP page and the awardees act through.
 */
@Module({
  imports: [GuestsModule, MailModule, ConferencesModule, RemindersModule],
  controllers: [ConferenceInvitationsController, InvitationsController, ConferenceEventsController],
  providers: [
    TenancyQueries,
    InvitationRepository,
    InvitationMailer,
    DraftList,
    InvitationDispatcher,
    GuestListQueries,
    InvitationQueries,
    ReminderScheduler,
    InviteGuestsCommand,
    SendInvitationsCommand,
    ManageInvitationCommands,
    UpdateGuestCommand,
    RespondCommand,
    AwardeeInvitations,
  ],
  exports: [
    TenancyQueries,
    InvitationDispatcher,
    GuestListQueries,
    InvitationQueries,
    RespondCommand,
    AwardeeInvitations,
  ],
})
export class InvitationsModule {}
