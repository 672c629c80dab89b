import { legacyConferenceReplica } from '@tdkt/replicas';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Beside the columns invitations read, the replica of the agenda's facts (`@tdkt/replicas`) that
 * each new event is folded into. A row written before keeps what it had, as old facts
 * (`legacyConferenceReplica`): any event still to come wins over them. A row known by id only (an
 * award named the conference first) stays without a replica until the agenda speaks.
 */
export class ConferenceReplica1700000000410 implements MigrationInterface {
  name = 'ConferenceReplica1700000000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences ADD COLUMN replica jsonb');
    for (const r of await q.query('SELECT * FROM conferences')) {
      const replica = legacyConferenceReplica({
        conferenceId: r.id,
        startsAt: r.starts_at ?? undefined,
        endsAt: r.ends_at ?? undefined,
        venue: r.venue ?? undefined,
        timesAsOf: r.times_as_of ?? undefined,
        cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancellation_reason } : undefined,
        schedule: {
          organizer: {
            ...(r.organization_id ? { organizationId: r.organization_id } : {}),
            name: r.organizer_name ?? '',
          },
          kind: r.kind ?? undefined,
          title: r.title ?? undefined,
          timeZone: r.time_zone,
          format: r.format ?? undefined,
          connectionPoints: r.connection_points,
        },
      });
      if (replica) await q.query('UPDATE conferences SET replica = $2 WHERE id = $1', [r.id, JSON.stringify(replica)]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences DROP COLUMN replica');
  }
}
