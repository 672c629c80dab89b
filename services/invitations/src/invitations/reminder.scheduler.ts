import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@tdkt/service-kit';
import { DataSource } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { INVITATIONS_CONFIG } from '../common/settings.module';
import type { InvitationsConfig } from '../config/invitations.config';
import { ConferenceProjection } from '../conferences/conference-projection';
import { isScheduled } from '../conferences/domain/conference';
import { reminderOutcome, type DueReminder } from '../reminders/domain/reminder-plan';
import { ReminderSchedule } from '../reminders/reminder-schedule';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';
import { InvitationMailer } from './invitation-mailer';

/**
 * Decides due reminders (by the injected clock): each is sent or skipped exactly once, its mail
 * queued in the same transaction that marks it. Rows in the database, so a restart loses none.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop = new PollingLoop(
    'ReminderScheduler',
    () => this.config.reminderPollMs,
    () => this.runOnce(),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly reminders: ReminderSchedule,
    private readonly invitations: InvitationRepository,
    private readonly conferences: ConferenceProjection,
    private readonly dispatcher: InvitationDispatcher,
    private readonly mailer: InvitationMailer,
    @Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Decides the reminders due now, one transaction each; returns how many were sent. Locks go
   * invitation first, then reminder — the order every other writer of both uses, so no deadlock;
   * a second instance waits on the invitation and then finds the reminder decided.
   */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    for (const due of await this.reminders.due(this.dataSource.manager, now, 500)) {
      if (this.loop.isStopped) break;
      if (await this.decide(due, now)) sent++;
    }
    return sent;
  }

  private decide(due: DueReminder, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.invitations.byId(manager, due.invitationId, true);
      if (!(await this.reminders.lockPending(manager, due.id))) return false;
      const conference = row && (await this.conferences.find(manager, row.invitation.conferenceId));
      const outcome = row
        ? reminderOutcome(
            {
              response: row.invitation.response,
              status: row.invitation.status,
              startsAt: conference?.startsAt,
              cancelled: !!conference?.cancelled,
            },
            now,
          )
        : 'skip-not-invited';
      if (outcome !== 'send' || !row || !isScheduled(conference)) {
        await this.reminders.decide(manager, due.id, 'skipped', outcome, now);
        return false;
      }
      const table = await this.dispatcher.tableOf(manager, conference);
      await this.mailer.enqueue(manager, {
        conference,
        invitation: row.invitation,
        guest: row.guest,
        purpose: 'reminder',
        sequence: row.invitation.sequence,
        ref: this.dispatcher.ref(row.guest, table, conference),
      });
      await this.reminders.decide(manager, due.id, 'sent', 'sent', now);
      return true;
    });
  }
}
