import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DueReminder } from '../domain/reminder-plan';

/** A reminder of one invitation, as its page shows it. */
export interface InvitationReminder {
  offsetMinutes: number;
  dueAt: Date;
  status: 'pending' | 'sent' | 'skipped';
  outcome: string | null;
}

/** Reminders are rows: they survive a restart, and a reminder is decided (sent or skipped) exactly once. */
@Injectable()
export class ReminderRepository {
  async schedule(
    manager: EntityManager,
    invitationId: string,
    startsAt: Date,
    due: { offsetMinutes: number; dueAt: Date }[],
  ): Promise<void> {
    if (!due.length) return;
    await manager.query(
      `INSERT INTO reminders (id, invitation_id, offset_minutes, starts_at, due_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[], $5::timestamptz[])
       ON CONFLICT (invitation_id, offset_minutes, starts_at) DO NOTHING`,
      [
        due.map(() => randomUUID()),
        due.map(() => invitationId),
        due.map((d) => d.offsetMinutes),
        due.map(() => startsAt),
        due.map((d) => d.dueAt),
      ],
    );
  }

  /** Pending reminders of invitations are dropped (rescheduled: new ones follow; cancelled, withdrawn). */
  async dropPending(manager: EntityManager, invitationIds: string[], outcome: string, at: Date): Promise<void> {
    if (!invitationIds.length) return;
    await manager.query(
      `UPDATE reminders SET status = 'skipped', outcome = $2, decided_at = $3 WHERE invitation_id = ANY($1::uuid[]) AND status = 'pending'`,
      [invitationIds, outcome, at],
    );
  }

  /** Due reminders, not locked: the scheduler locks each one's invitation first, then the reminder. */
  async due(manager: EntityManager, now: Date, limit: number): Promise<DueReminder[]> {
    const rows = await manager.query<{ id: string; invitation_id: string; offset_minutes: number }[]>(
      `SELECT id, invitation_id, offset_minutes FROM reminders WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at, id LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => ({ id: r.id, invitationId: r.invitation_id, offsetMinutes: r.offset_minutes }));
  }

  /** Locks a reminder still pending; false when another instance decided it meanwhile. */
  async lockPending(manager: EntityManager, id: string): Promise<boolean> {
    return (
      (
        await manager.query<{ id: string }[]>(
          `SELECT id FROM reminders WHERE id = $1 AND status = 'pending' FOR UPDATE`,
          [id],
        )
      ).length > 0
    );
  }

  async decide(
    manager: EntityManager,
    id: string,
    status: 'sent' | 'skipped',
    outcome: string,
    at: Date,
  ): Promise<void> {
    await manager.query('UPDATE reminders SET status = $2, outcome = $3, decided_at = $4 WHERE id = $1', [
      id,
      status,
      outcome,
      at,
    ]);
  }

  async ofInvitation(manager: EntityManager, invitationId: string): Promise<InvitationReminder[]> {
    return manager.query<InvitationReminder[]>(
      `SELECT offset_minutes AS "offsetMinutes", due_at AS "dueAt", status, outcome FROM reminders WHERE invitation_id = $1 ORDER BY due_at`,
      [invitationId],
    );
  }
}
