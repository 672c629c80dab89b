import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import {
  AwardConferred, AwardRevoked, type AwardConferredData, type AwardRevokedData, type CloudEvent, type RecipientRef,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { ConferenceRepository } from '../conferences/infra/conference.repository';
import { looksCentral, type Guest } from '../guests/domain/guest';
import { GuestRepository } from '../guests/infra/guest.repository';
import { DraftList } from '../invitations/draft-list';
import { InvitationRepository } from '../invitations/infra/invitation.repository';
import { InvitationDispatcher } from '../invitations/invitation-dispatcher';
import { AwardeeRepository } from './infra/awardee.repository';
import { cleanText } from '@tdkt/vietnamese';

/** awards' conferments and revocations: awardees join and leave the guest list. */
@Controller()
export class AwardEventsController {
  constructor(
    private readonly awardees: AwardeeRepository,
    private readonly guests: GuestRepository,
    private readonly conferences: ConferenceRepository,
    private readonly invitations: InvitationRepository,
    private readonly drafts: DraftList,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  /**
   * An award to be presented at a conference: the recipient joins its guest list and is invited
   * as soon as there is an address (a person's e-mail; for a collective or household, the
   * representative the organizer names). Duplicates and a revocation that came first change nothing.
   */
  @OnEvent(AwardConferred)
  async conferred(@Payload() e: CloudEvent<AwardConferredData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const d = e.data;
    if (!d.conferenceId) return; // not presented at a conference: no guest list to join
    if (await this.awardees.find(manager, d.awardId)) return; // seen, or revoked before it arrived
    await this.conferences.ensure(manager, d.conferenceId);
    const guest = await this.guestFor(manager, d.recipient);
    let invitation = await this.invitations.byConferenceGuest(manager, d.conferenceId, guest.id);
    if (!invitation) {
      await this.drafts.add(manager, d.conferenceId, [guest.id], 'award', true);
      invitation = (await this.invitations.byConferenceGuest(manager, d.conferenceId, guest.id))!;
    } else if (invitation.status === 'withdrawn') {
      await this.invitations.reopen(manager, invitation.id, true);
    }
    await this.awardees.conferred(manager, { awardId: d.awardId, conferenceId: d.conferenceId, invitationId: invitation.id, recipientId: d.recipient.recipientId, awardType: d.awardType.code });
    const conference = (await this.conferences.find(manager, d.conferenceId, true))!;
    if (conference.cancelled) {
      await this.invitations.setStatus(manager, invitation.id, 'cancelled');
      return;
    }
    await this.dispatcher.sendDrafts(manager, conference, await this.invitations.ofConference(manager, d.conferenceId, { ids: [invitation.id], lock: true }));
  }

  /** The registry's recipient as a guest: the same recipient id is the same guest, year after year. */
  private async guestFor(manager: EntityManager, r: RecipientRef): Promise<Guest> {
    const existing = await this.guests.byRecipient(manager, r.recipientId);
    if (existing) return existing;
    const guest: Guest = {
      id: randomUUID(), kind: r.kind === 'individual' ? 'person' : 'collective', name: cleanText(r.name),
      titles: (r.titles ?? []).map(cleanText).filter(Boolean), organization: r.unit ? cleanText(r.unit) : undefined, central: false, recipientId: r.recipientId,
    };
    guest.central = looksCentral(guest);
    await this.guests.insert(manager, guest);
    return guest;
  }

  /** A revoked award: its recipient leaves the list unless another award or the organizer keeps them there. */
  @OnEvent(AwardRevoked)
  async revoked(@Payload() e: CloudEvent<AwardRevokedData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const d = e.data;
    const before = await this.awardees.revoked(manager, { awardId: d.awardId, conferenceId: d.conferenceId, recipientId: d.recipient.recipientId, awardType: d.awardType.code });
    if (!before || before.status === 'revoked' || !before.invitation_id) return;
    if (await this.awardees.heldFor(manager, before.invitation_id)) return;
    const row = await this.invitations.byId(manager, before.invitation_id, true);
    if (!row || row.invitation.source !== 'award' || (row.invitation.status !== 'draft' && row.invitation.status !== 'invited')) return;
    const conference = await this.conferences.find(manager, row.invitation.conferenceId);
    const reason = `khen thưởng đã bị thu hồi theo Quyết định số ${d.revokingDecision.number}`;
    await this.dispatcher.withdraw(manager, conference, row.invitation, row.guest, reason);
  }
}

