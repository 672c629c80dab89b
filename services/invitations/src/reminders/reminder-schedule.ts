import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INVITATIONS_CONFIG } from '../common/settings.module';
import type { InvitationsConfig } from '../config/invitations.config';
import { reminderDueTimes, type DueReminder } from './domain/reminder-plan';
import { ReminderRepository } from './infra/reminder.repository';

/**
 * What the other features see of the reminders: planned when an invitation is sent
 * (`REMINDER_OFFSETS` before the start), dropped when it is withdrawn or its conference moves,
 * and decided once each by the scheduler. In the caller's transaction.
 */
@Injectable()
export class ReminderSchedule {
  constructor(
    private readonly reminders: ReminderRepository,
    @Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig,
  ) {}

  /** The reminders of an invitation sent at `sentAt` for a conference starting at `startsAt` (offsets already past skipped). */
  plan(manager: EntityManager, invitationId: string, startsAt: Date, sentAt: Date): Promise<void> {
    return this.reminders.schedule(
      manager,
      invitationId,
      startsAt,
      reminderDueTimes(startsAt, this.config.reminderOffsetsMinutes, sentAt),
    );
  }

  /** Pending reminders of these invitations are skipped with `outcome` (rescheduled: new ones follow; cancelled, withdrawn). */
  dropPending(manager: EntityManager, invitationIds: string[], outcome: string, at: Date): Promise<void> {
    return this.reminders.dropPending(manager, invitationIds, outcome, at);
  }

  /** Due reminders, not locked: the scheduler locks each one's invitation first, then the reminder. */
  due(manager: EntityManager, now: Date, limit: number): Promise<DueReminder[]> {
    return this.reminders.due(manager, now, limit);
  }

  /** Locks a reminder still pending; false when another instance decided it meanwhile. */
  lockPending(manager: EntityManager, id: string): Promise<boolean> {
    return this.reminders.lockPending(manager, id);
  }

  decide(manager: EntityManager, id: string, status: 'sent' | 'skipped', outcome: string, at: Date): Promise<void> {
    return this.reminders.decide(manager, id, status, outcome, at);
  }

  /** An invitation's reminders, for its view. */
  ofInvitation(
    manager: EntityManager,
    invitationId: string,
  ): Promise<{ offsetMinutes: number; dueAt: Date; status: string; outcome: string | null }[]> {
    return this.reminders.ofInvitation(manager, invitationId);
  }
}
