import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ConferenceCancelled,
  ConferenceRescheduled,
  ConferenceScheduled,
  type CloudEvent,
  type ConferenceCancelledData,
  type ConferenceRescheduledData,
  type ConferenceScheduledData,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { ConferenceProjection } from '../conferences/conference-projection';
import { GuestDirectory } from '../guests/guest-directory';
import { DraftList } from './draft-list';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';

/**
 * agenda's conference events: the invitations follow the conference (scheduled, rescheduled,
 * cancelled). Each event is applied to the conferences projection first, which says what changed.
 */
@Controller()
export class ConferenceEventsController {
  constructor(
    private readonly conferences: ConferenceProjection,
    private readonly guests: GuestDirectory,
    private readonly drafts: DraftList,
    private readonly invitations: InvitationRepository,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  /**
   * Scheduled: the projection, and a draft guest list from the organizer's default guests (sent
   * when the organizer says so). Awardees' invitations that waited for the conference go out.
   */
  @OnEvent(ConferenceScheduled)
  async scheduled(@Payload() e: CloudEvent<ConferenceScheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const conference = await this.conferences.applyScheduled(manager, e);
    if (!conference) return;
    if (conference.organizationId) {
      await this.drafts.add(
        manager,
        conference.id,
        await this.guests.defaultGuests(manager, conference.organizationId),
        'default',
        false,
      );
    }
    const waiting = (
      await this.invitations.ofConference(manager, conference.id, { statuses: ['draft'], lock: true })
    ).filter((r) => r.invitation.autoSend);
    await this.dispatcher.sendDrafts(manager, conference, waiting);
  }

  /** Rescheduled (newer than the time or the place we have): every invitee gets the update. */
  @OnEvent(ConferenceRescheduled)
  async rescheduled(
    @Payload() e: CloudEvent<ConferenceRescheduledData>,
    @Ctx() { manager }: InboxContext,
  ): Promise<void> {
    const moved = await this.conferences.applyRescheduled(manager, e);
    if (moved) await this.dispatcher.followReschedule(manager, moved.conference, moved.previous, e.data.reason);
  }

  /** Cancelled: invitees get a cancellation; nothing can be sent for it any more. */
  @OnEvent(ConferenceCancelled)
  async cancelled(@Payload() e: CloudEvent<ConferenceCancelledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const conference = await this.conferences.applyCancelled(manager, e);
    if (conference) await this.dispatcher.followCancellation(manager, conference, e.data.reason);
  }
}
