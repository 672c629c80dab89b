import type { MigrationInterface, QueryRunner } from 'typeorm';

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The conference's replica of the agenda's facts (`@tdkt/replicas`), which each new event is folded
 * into. A row written before keeps what it had; its facts count as old (time and place from
 * `times_as_of`, the schedule from the start of time), so any event still to come wins over them.
 */
export class ConferenceReplica1700000000150 implements MigrationInterface {
  name = 'ConferenceReplica1700000000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences ADD COLUMN replica jsonb');
    const asOf = iso("coalesce(times_as_of, 'epoch')");
    await q.query(`
      UPDATE conferences SET replica = jsonb_strip_nulls(jsonb_build_object(
        'conferenceId', id,
        'schedule', CASE WHEN title IS NOT NULL THEN jsonb_build_object('eventId', '', 'time', '1970-01-01T00:00:00.000Z',
          'data', jsonb_build_object('conferenceId', id, 'title', title, 'organizer', jsonb_build_object('name', organizer))) END,
        'timing', CASE WHEN starts_at IS NOT NULL THEN jsonb_build_object('eventId', '', 'time', ${asOf},
          'data', jsonb_build_object('startsAt', ${iso('starts_at')}, 'endsAt', ${iso('ends_at')})) END,
        'venue', CASE WHEN venue IS NOT NULL THEN jsonb_build_object('eventId', '', 'time', ${asOf}, 'data', jsonb_build_object('name', venue)) END,
        'cancelled', CASE WHEN cancelled_at IS NOT NULL THEN jsonb_build_object('eventId', '', 'time', ${iso('cancelled_at')},
          'data', jsonb_build_object('conferenceId', id, 'reason', cancellation_reason, 'cancelledAt', ${iso('cancelled_at')})) END))
      WHERE title IS NOT NULL OR starts_at IS NOT NULL OR cancelled_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences DROP COLUMN replica');
  }
}
