import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceProjection } from '../conferences/conference-projection';
import { DraftList } from './draft-list';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';

/**
 * Awardees on a conference's guest list (the awardees feature decides who, from awards'
 * events): invited as soon as there is an address and a scheduled conference, withdrawn when
 * their award is revoked. In the caller's transaction.
 */
@Injectable()
export class AwardeeInvitations {
  constructor(
    private readonly conferences: ConferenceProjection,
    private readonly invitations: InvitationRepository,
    private readonly drafts: DraftList,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  /**
   * The guest's invitation to the conference (a new draft, a withdrawn one reopened, or the one
   * there is), sent when it can be; closed at once for a cancelled conference. Returns its id.
   */
  async invite(manager: EntityManager, conferenceId: string, guestId: string, tenant?: string): Promise<string> {
    // the award's organization stands in as owner until agenda's own event names it
    await this.conferences.ensure(manager, conferenceId, tenant);
    let invitation = await this.invitations.byConferenceGuest(manager, conferenceId, guestId);
    if (!invitation) {
      await this.drafts.add(manager, conferenceId, [guestId], 'award', true);
      invitation = (await this.invitations.byConferenceGuest(manager, conferenceId, guestId))!;
    } else if (invitation.status === 'withdrawn') {
      await this.invitations.reopen(manager, invitation.id, true);
    }
    const conference = (await this.conferences.find(manager, conferenceId, true))!;
    if (conference.cancelled) {
      await this.invitations.setStatus(manager, invitation.id, 'cancelled');
      return invitation.id;
    }
    await this.dispatcher.sendDrafts(
      manager,
      conference,
      await this.invitations.ofConference(manager, conferenceId, { ids: [invitation.id], lock: true }),
    );
    return invitation.id;
  }

  /** Off the list (with a cancellation if it was sent), unless the organizer put them there or it is closed already. */
  async withdraw(manager: EntityManager, invitationId: string, reason: string): Promise<void> {
    const row = await this.invitations.byId(manager, invitationId, true);
    if (
      !row ||
      row.invitation.source !== 'award' ||
      (row.invitation.status !== 'draft' && row.invitation.status !== 'invited')
    )
      return;
    const conference = await this.conferences.find(manager, row.invitation.conferenceId);
    await this.dispatcher.withdraw(manager, conference, row.invitation, row.guest, reason);
  }
}
