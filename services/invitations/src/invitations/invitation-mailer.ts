import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { GuestRef, InvitationSentData } from '@tdkt/contracts';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { INVITATIONS_CONFIG } from '../common/settings.module';
import type { InvitationsConfig } from '../config/invitations.config';
import type { ScheduledConference } from '../conferences/domain/conference';
import type { Guest } from '../guests/domain/guest';
import { domainOf, parseMailbox } from '../mail/domain/address';
import { buildIcs } from '../mail/domain/ics';
import { composeMail, type Addressee, type MailPurpose } from '../mail/domain/invitation-mail';
import { OutgoingMail } from '../mail/outgoing-mail';
import { checkInQrPng, checkInToken } from './domain/check-in-qr';
import type { Invitation } from './domain/invitation';
import { signToken } from './domain/signed-token';

export interface MailRequest {
  conference: ScheduledConference;
  invitation: Invitation;
  guest: Guest;
  purpose: MailPurpose;
  /** the SEQUENCE this mail carries (reminders: the current one) */
  sequence: number;
  ref: GuestRef;
  reason?: string;
  previous?: { startsAt: Date; endsAt: Date };
}

/** Who a mail goes to: the person, or a collective's representative; undefined while unknown. */
export function recipientOf(inv: Invitation, guest: Guest): (Addressee & { email: string }) | undefined {
  if (guest.kind === 'collective') {
    const r = inv.representative;
    return r?.email ? { name: r.name, titles: r.titles, representing: guest.name, email: r.email } : undefined;
  }
  return guest.email ? { name: guest.name, titles: guest.titles, email: guest.email } : undefined;
}

const SENT_KIND: Partial<Record<MailPurpose, InvitationSentData['kind']>> = {
  invitation: 'invitation',
  update: 'update',
  cancellation: 'cancellation',
  withdrawal: 'cancellation',
};

/**
 * Turns an invitation into a queued mail: Vietnamese text and HTML, personal signed RSVP links,
 * the check-in QR code, the ICS (same UID every time, the given SEQUENCE). Written in the
 * caller's transaction, so the state change and its mail commit together.
 */
@Injectable()
export class InvitationMailer {
  private readonly from: { name: string; email: string };

  constructor(
    private readonly mail: OutgoingMail,
    @Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.from = parseMailbox(config.smtp.from);
  }

  /** A stable ICS UID for a new invitation. */
  icsUid(invitationId: string): string {
    return `${invitationId}@${domainOf(this.from.email)}`;
  }

  async enqueue(manager: EntityManager, r: MailRequest): Promise<void> {
    const to = recipientOf(r.invitation, r.guest);
    if (!to) throw new Error(`invitation ${r.invitation.id} has no address to send to`);
    const c = r.conference;
    const answering = r.purpose === 'invitation' || r.purpose === 'update';
    const withQr = answering || r.purpose === 'reminder';
    const base = this.config.rsvp.publicBaseUrl;
    // one token id per mail, for its RSVP link and its check-in QR code
    const tokenId = randomUUID();
    const rsvpToken = signToken(
      { purpose: 'rsvp', invitationId: r.invitation.id, tokenId, expiresAt: c.endsAt },
      this.config.rsvp.secret,
    );
    const links = answering
      ? {
          accept: `${base}/rsvp/${rsvpToken}?answer=accepted`,
          decline: `${base}/rsvp/${rsvpToken}?answer=declined`,
          substitute: `${base}/rsvp/${rsvpToken}?answer=substitute`,
        }
      : undefined;
    const qrCid = withQr ? `qr-${r.invitation.id}@${domainOf(this.from.email)}` : undefined;
    const attachments: { filename: string; contentType: string; cid?: string; base64: string }[] = [];
    if (qrCid) {
      const png = await checkInQrPng(checkInToken(r.invitation.id, tokenId, c.endsAt, this.config.rsvp.secret));
      attachments.push({
        filename: 'ma-qr-diem-danh.png',
        contentType: 'image/png',
        cid: qrCid,
        base64: png.toString('base64'),
      });
    }
    const reminderTo =
      r.purpose === 'reminder' && r.invitation.response === 'substitute' && r.invitation.substitute?.email
        ? {
            name: r.invitation.substitute.name,
            titles: r.invitation.substitute.titles,
            email: r.invitation.substitute.email,
          }
        : undefined;
    const addressee = reminderTo ?? to;
    const mail = composeMail({
      purpose: r.purpose,
      conference: c,
      addressee,
      links,
      qrCid,
      previous: r.previous,
      reason: r.reason,
      substituteName: !reminderTo && r.invitation.response === 'substitute' ? r.invitation.substitute?.name : undefined,
    });
    const ics =
      r.purpose === 'reminder'
        ? undefined
        : {
            method: answering ? ('REQUEST' as const) : ('CANCEL' as const),
            content: buildIcs({
              uid: r.invitation.icsUid,
              sequence: r.sequence,
              method: answering ? 'REQUEST' : 'CANCEL',
              conference: c,
              organizer: { name: c.organizerName, email: this.from.email },
              attendee: { name: to.name, email: to.email },
              description: mail.text,
              stamp: this.clock.now(),
            }),
          };
    const kind = SENT_KIND[r.purpose];
    await this.mail.enqueue(manager, {
      id: randomUUID(),
      invitationId: r.invitation.id,
      purpose: r.purpose,
      to: { address: addressee.email, name: addressee.name },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ics,
      attachments,
      sentEvent: kind
        ? { invitationId: r.invitation.id, conferenceId: c.id, guest: r.ref, kind, sequence: r.sequence }
        : undefined,
    });
  }
}
