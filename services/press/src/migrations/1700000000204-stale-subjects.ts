import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regeneration queue holds every subject whose drafts are behind, conferences and covenants
 * alike: a covenant's signing news is no longer written in the event handler but by the
 * regenerator, like every other draft.
 */
export class StaleSubjects1700000000204 implements MigrationInterface {
  name = 'StaleSubjects1700000000204';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE stale_subjects (kind text NOT NULL CHECK (kind IN ('conference', 'covenant')), subject_id uuid NOT NULL,
       since timestamptz NOT NULL, PRIMARY KEY (kind, subject_id))`,
    );
    await q.query(
      `INSERT INTO stale_subjects (kind, subject_id, since) SELECT 'conference', conference_id, since FROM stale_conferences`,
    );
    await q.query('DROP TABLE stale_conferences');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE stale_conferences (conference_id uuid PRIMARY KEY, since timestamptz NOT NULL)');
    // the covenants' rows have no place there: before this migration their drafts were written in the handler
    await q.query(
      `INSERT INTO stale_conferences (conference_id, since) SELECT subject_id, since FROM stale_subjects WHERE kind = 'conference'`,
    );
    await q.query('DROP TABLE stale_subjects');
  }
}
