import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFound } from '../common/domain/invitations.errors';
import type { Conference } from '../conferences/domain/conference';
import { ConferenceProjection } from '../conferences/conference-projection';
import { ReminderSchedule } from '../reminders/reminder-schedule';
import { InvitationRepository, type InvitationWithGuest } from './infra/invitation.repository';

export type { InvitationWithGuest };

/** An invitation's reminder as its view shows it. */
export type InvitationReminder = Awaited<ReturnType<ReminderSchedule['ofInvitation']>>[number];

/**
 * One invitation with its guest: for the features that act on it (check-in, the RSVP page), with
 * its reminders (the organizer), with its conference (the RSVP page).
 */
@Injectable()
export class InvitationQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationRepository,
    private readonly reminders: ReminderSchedule,
    private readonly conferences: ConferenceProjection,
  ) {}

  /** Locked when asked, for a change in the caller's transaction. */
  byId(manager: EntityManager, id: string, lock = false): Promise<InvitationWithGuest | undefined> {
    return this.invitations.byId(manager, id, lock);
  }

  async get(id: string): Promise<{ row: InvitationWithGuest; reminders: InvitationReminder[] }> {
    const row = await this.invitations.byId(this.dataSource.manager, id);
    if (!row) throw new NotFound('invitation', id);
    return { row, reminders: await this.reminders.ofInvitation(this.dataSource.manager, id) };
  }

  /** The invitation and what is known of its conference; undefined when the invitation is gone. */
  async withConference(
    id: string,
  ): Promise<{ row: InvitationWithGuest; conference: Conference | undefined } | undefined> {
    const row = await this.invitations.byId(this.dataSource.manager, id);
    if (!row) return undefined;
    return { row, conference: await this.conferences.find(this.dataSource.manager, row.invitation.conferenceId) };
  }
}
