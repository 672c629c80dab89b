import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ConferenceCancelled, ConferenceRescheduled, ConferenceScheduled, type CloudEvent, type ConferenceCancelledData,
  type ConferenceRescheduledData, type ConferenceScheduledData,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { PrecedenceRepository } from '../guests/infra/precedence.repository';
import { DraftList } from './draft-list';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';
import { isScheduled } from '../conferences/domain/conference';
import { ConferenceRepository } from '../conferences/infra/conference.repository';

/** agenda's conference events: the invitations follow the conference (scheduled, rescheduled, cancelled). */
@Controller()
export class ConferenceEventsController {
  constructor(
    private readonly conferences: ConferenceRepository,
    private readonly precedence: PrecedenceRepository,
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
    const { after: conference } = await this.conferences.apply(manager, e);
    if (!isScheduled(conference) || conference.cancelled) return;
    if (conference.organizationId) {
      await this.drafts.add(manager, conference.id, await this.precedence.defaultGuests(manager, conference.organizationId), 'default', false);
    }
    const waiting = (await this.invitations.ofConference(manager, conference.id, { statuses: ['draft'], lock: true })).filter((r) => r.invitation.autoSend);
    await this.dispatcher.sendDrafts(manager, conference, waiting);
  }

  /** Rescheduled (newer than the time or the place we have): every invitee gets the update. */
  @OnEvent(ConferenceRescheduled)
  async rescheduled(@Payload() e: CloudEvent<ConferenceRescheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const { before, after, changed } = await this.conferences.apply(manager, e);
    if (!changed || !before.startsAt || !before.endsAt) return;
    if (!isScheduled(after) || after.cancelled) return;
    const moved = after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt.getTime() !== before.endsAt.getTime()
      || JSON.stringify(after.venue ?? null) !== JSON.stringify(before.venue ?? null);
    if (moved) await this.dispatcher.followReschedule(manager, after, { startsAt: before.startsAt, endsAt: before.endsAt }, e.data.reason);
  }

  /** Cancelled: invitees get a cancellation; nothing can be sent for it any more. */
  @OnEvent(ConferenceCancelled)
  async cancelled(@Payload() e: CloudEvent<ConferenceCancelledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const { before, after } = await this.conferences.apply(manager, e);
    if (before.cancelled || !after.cancelled) return; // already cancelled: its invitees have been told
    await this.dispatcher.followCancellation(manager, after, e.data.reason);
  }
}


