import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { centralFirst, isScheduled, type Conference, type ScheduledConference } from '../conferences/domain/conference';
import { guestRef, type Guest } from '../guests/domain/guest';
import type { PrecedenceTable } from '../guests/domain/precedence';
import { GuestDirectory } from '../guests/guest-directory';
import { ReminderSchedule } from '../reminders/reminder-schedule';
import type { Invitation } from './domain/invitation';
import { InvitationRepository, type InvitationWithGuest } from './infra/invitation.repository';
import { InvitationMailer, recipientOf } from './invitation-mailer';

export type WaitingReason = 'no-email' | 'no-representative' | 'conference-not-scheduled';

export interface DispatchResult {
  sent: string[];
  waiting: { invitationId: string; guestName: string; reason: WaitingReason }[];
}

/**
 * What happens to invitations when they are sent and when the conference moves: each state
 * change and its mail (and reminders) in the caller's transaction.
 */
@Injectable()
export class InvitationDispatcher {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly guests: GuestDirectory,
    private readonly mailer: InvitationMailer,
    private readonly reminders: ReminderSchedule,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Sends the drafts among `rows` that can be sent; names those that wait and why. */
  async sendDrafts(
    manager: EntityManager,
    conference: Conference,
    rows: InvitationWithGuest[],
  ): Promise<DispatchResult> {
    const result: DispatchResult = { sent: [], waiting: [] };
    const drafts = rows.filter((r) => r.invitation.status === 'draft');
    if (!drafts.length) return result;
    if (!isScheduled(conference) || conference.cancelled) {
      for (const { invitation, guest } of drafts)
        result.waiting.push({ invitationId: invitation.id, guestName: guest.name, reason: 'conference-not-scheduled' });
      return result;
    }
    const table = await this.tableOf(manager, conference);
    const now = this.clock.now();
    for (const { invitation, guest } of drafts) {
      if (!recipientOf(invitation, guest)) {
        result.waiting.push({
          invitationId: invitation.id,
          guestName: guest.name,
          reason: guest.kind === 'collective' ? 'no-representative' : 'no-email',
        });
        continue;
      }
      // sent before and withdrawn since: the calendar entry was cancelled, a new REQUEST must outrank it
      const sequence = invitation.lastSentAt ? invitation.sequence + 1 : invitation.sequence;
      await this.mailer.enqueue(manager, {
        conference,
        invitation,
        guest,
        purpose: 'invitation',
        sequence,
        ref: this.ref(guest, table, conference),
      });
      await this.invitations.markSent(manager, invitation.id, sequence, now);
      await this.reminders.plan(manager, invitation.id, conference.startsAt, now);
      result.sent.push(invitation.id);
    }
    return result;
  }

  /** Rescheduled: every invitee gets the update (same UID, next SEQUENCE); reminders follow the new time. */
  async followReschedule(
    manager: EntityManager,
    conference: ScheduledConference,
    previous: { startsAt: Date; endsAt: Date },
    reason: string,
  ): Promise<number> {
    const invited = await this.invitations.ofConference(manager, conference.id, { statuses: ['invited'], lock: true });
    const table = await this.tableOf(manager, conference);
    const now = this.clock.now();
    await this.reminders.dropPending(
      manager,
      invited.map((r) => r.invitation.id),
      'rescheduled',
      now,
    );
    for (const { invitation, guest } of invited) {
      const sequence = invitation.sequence + 1;
      await this.mailer.enqueue(manager, {
        conference,
        invitation,
        guest,
        purpose: 'update',
        sequence,
        previous,
        reason,
        ref: this.ref(guest, table, conference),
      });
      await this.invitations.markSent(manager, invitation.id, sequence, now);
      await this.reminders.plan(manager, invitation.id, conference.startsAt, now);
    }
    return invited.length;
  }

  /** Cancelled: invitees get a cancellation (METHOD:CANCEL); drafts are closed; no reminder goes out. */
  async followCancellation(manager: EntityManager, conference: Conference, reason: string): Promise<number> {
    const open = await this.invitations.ofConference(manager, conference.id, {
      statuses: ['draft', 'invited'],
      lock: true,
    });
    const now = this.clock.now();
    await this.reminders.dropPending(
      manager,
      open.map((r) => r.invitation.id),
      'cancelled',
      now,
    );
    const table = isScheduled(conference) ? await this.tableOf(manager, conference) : undefined;
    let mailed = 0;
    for (const { invitation, guest } of open) {
      if (invitation.status === 'invited' && table && isScheduled(conference)) {
        const sequence = invitation.sequence + 1;
        await this.mailer.enqueue(manager, {
          conference,
          invitation,
          guest,
          purpose: 'cancellation',
          sequence,
          reason,
          ref: this.ref(guest, table, conference),
        });
        await this.invitations.setStatus(manager, invitation.id, 'cancelled', sequence);
        mailed++;
      } else {
        await this.invitations.setStatus(manager, invitation.id, 'cancelled');
      }
    }
    return mailed;
  }

  /** Off the list: a guest who was sent the invitation gets a cancellation of their calendar entry. */
  async withdraw(
    manager: EntityManager,
    conference: Conference | undefined,
    invitation: Invitation,
    guest: Guest,
    reason: string,
  ): Promise<void> {
    await this.reminders.dropPending(manager, [invitation.id], 'withdrawn', this.clock.now());
    if (
      invitation.status === 'invited' &&
      isScheduled(conference) &&
      !conference.cancelled &&
      recipientOf(invitation, guest)
    ) {
      const sequence = invitation.sequence + 1;
      const table = await this.tableOf(manager, conference);
      await this.mailer.enqueue(manager, {
        conference,
        invitation,
        guest,
        purpose: 'withdrawal',
        sequence,
        reason,
        ref: this.ref(guest, table, conference),
      });
      await this.invitations.setStatus(manager, invitation.id, 'withdrawn', sequence, reason);
      return;
    }
    await this.invitations.setStatus(manager, invitation.id, 'withdrawn', undefined, reason);
  }

  async tableOf(manager: EntityManager, conference: Conference): Promise<PrecedenceTable> {
    return this.guests.precedenceTable(manager, conference.organizationId);
  }

  ref(guest: Guest, table: PrecedenceTable, conference: Conference) {
    return guestRef(guest, table, { centralFirst: centralFirst(conference) });
  }
}
