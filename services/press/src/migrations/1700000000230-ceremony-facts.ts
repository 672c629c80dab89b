import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ceremony's facts of each conference as agenda announced them, one row per fact key (the newest event wins). */
export class CeremonyFacts1700000000230 implements MigrationInterface {
  name = 'CeremonyFacts1700000000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rm_ceremony_facts (
      conference_id uuid NOT NULL,
      key text NOT NULL,
      fact jsonb NOT NULL,
      PRIMARY KEY (conference_id, key)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rm_ceremony_facts`);
  }
}
