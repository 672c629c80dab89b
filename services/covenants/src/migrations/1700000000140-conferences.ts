import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What covenants knows of the agenda's conferences, from its events (a projection). */
export class Conferences1700000000140 implements MigrationInterface {
  name = 'Conferences1700000000140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conferences (
        id uuid PRIMARY KEY,
        title text,
        organizer text,
        starts_at timestamptz,
        ends_at timestamptz,
        venue text,
        times_as_of timestamptz,
        cancelled_at timestamptz,
        cancellation_reason text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE conferences');
  }
}
