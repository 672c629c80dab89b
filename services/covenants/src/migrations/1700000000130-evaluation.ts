import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Results per target per member (mid-year self-report and year-end) and the year-end evaluation. */
export class Evaluation1700000000130 implements MigrationInterface {
  name = 'Evaluation1700000000130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE covenant_results (
        covenant_id uuid NOT NULL REFERENCES covenants(id),
        period text NOT NULL CHECK (period IN ('mid-year', 'year-end')),
        party_id uuid NOT NULL REFERENCES covenant_parties(id),
        target_id uuid NOT NULL REFERENCES covenant_targets(id),
        actual numeric NOT NULL,
        note text,
        reported_at timestamptz NOT NULL,
        PRIMARY KEY (covenant_id, period, party_id, target_id)
      )`);
    await q.query(`
      CREATE TABLE covenant_evaluations (
        covenant_id uuid PRIMARY KEY REFERENCES covenants(id),
        evaluated_at timestamptz NOT NULL,
        ranking jsonb NOT NULL,
        leading_party_id uuid NOT NULL REFERENCES covenant_parties(id),
        leading_unit_name text NOT NULL,
        tie_broken_by text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE covenant_evaluations');
    await q.query('DROP TABLE covenant_results');
  }
}
