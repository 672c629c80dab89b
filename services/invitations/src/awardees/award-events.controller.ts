import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  AwardConferred,
  AwardRevoked,
  type AwardConferredData,
  type AwardRevokedData,
  type CloudEvent,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { GuestDirectory } from '../guests/guest-directory';
import { AwardeeInvitations } from '../invitations/awardee-invitations.commands';
import { AwardeeRepository } from './infra/awardee.repository';

/**
 * awards' conferments and revocations: awardees join and leave the guest list. This feature
 * keeps which award put whom on which list (and the revocations that came first); the guest and
 * the invitation are the guests' and the invitations' to make.
 */
@Controller()
export class AwardEventsController {
  constructor(
    private readonly awardees: AwardeeRepository,
    private readonly guests: GuestDirectory,
    private readonly invitations: AwardeeInvitations,
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
    const guest = await this.guests.ofRecipient(manager, d.recipient);
    const invitationId = await this.invitations.invite(manager, d.conferenceId, guest.id, e.tenant);
    await this.awardees.conferred(manager, {
      awardId: d.awardId,
      conferenceId: d.conferenceId,
      invitationId,
      recipientId: d.recipient.recipientId,
      awardType: d.awardType.code,
    });
  }

  /** A revoked award: its recipient leaves the list unless another award or the organizer keeps them there. */
  @OnEvent(AwardRevoked)
  async revoked(@Payload() e: CloudEvent<AwardRevokedData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const d = e.data;
    const before = await this.awardees.revoked(manager, {
      awardId: d.awardId,
      conferenceId: d.conferenceId,
      recipientId: d.recipient.recipientId,
      awardType: d.awardType.code,
    });
    if (!before || before.status === 'revoked' || !before.invitation_id) return;
    if (await this.awardees.heldFor(manager, before.invitation_id)) return;
    await this.invitations.withdraw(
      manager,
      before.invitation_id,
      `khen thưởng đã bị thu hồi theo Quyết định số ${d.revokingDecision.number}`,
    );
  }
}
