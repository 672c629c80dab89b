import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What was said and done at a conference's ceremony, one row per fact (its key within the conference). */
export class AgendaCeremonyFacts1700000000320 implements MigrationInterface {
  name = 'AgendaCeremonyFacts1700000000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE ceremony_facts (
      conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
      key text NOT NULL,
      position integer NOT NULL,
      kind text NOT NULL,
      fact jsonb NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (conference_id, key)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ceremony_facts`);
  }
}
