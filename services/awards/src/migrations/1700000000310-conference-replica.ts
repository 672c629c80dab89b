import { legacyConferenceReplica } from '@tdkt/replicas';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Beside the columns awards reads (title, year reviewed, time, cancellation), the replica of the
 * agenda's facts (`@tdkt/replicas`) that each new event is folded into. A row written before keeps
 * what it had, as old facts (`legacyConferenceReplica`): any event still to come wins over them.
 */
export class ConferenceReplica1700000000310 implements MigrationInterface {
  name = 'ConferenceReplica1700000000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences ADD COLUMN replica jsonb');
    for (const r of await q.query('SELECT * FROM conferences')) {
      const replica = legacyConferenceReplica({
        conferenceId: r.id,
        schedule: { title: r.title ?? undefined, yearReviewed: r.year_reviewed ?? undefined },
        startsAt: r.starts_at ?? undefined,
        endsAt: r.ends_at ?? undefined,
        timesAsOf: r.times_as_of ?? undefined,
        cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancellation_reason } : undefined,
      });
      if (replica) await q.query('UPDATE conferences SET replica = $2 WHERE id = $1', [r.id, JSON.stringify(replica)]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences DROP COLUMN replica');
  }
}
