import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Covenants1700000000100 implements MigrationInterface {
  name = 'Covenants1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE covenants (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        cluster_name text NOT NULL,
        year int NOT NULL,
        conference_id uuid,
        status text NOT NULL CHECK (status IN ('drafted', 'fully_signed')),
        created_at timestamptz NOT NULL,
        fully_signed_at timestamptz
      )`);
    await q.query('CREATE INDEX covenants_year_status_idx ON covenants (year, status)');
    await q.query(`
      CREATE TABLE covenant_parties (
        id uuid PRIMARY KEY,
        covenant_id uuid NOT NULL REFERENCES covenants(id),
        unit_name text NOT NULL,
        ord int NOT NULL,
        UNIQUE (covenant_id, ord)
      )`);
    await q.query(`
      CREATE TABLE covenant_targets (
        covenant_id uuid NOT NULL REFERENCES covenants(id),
        ord int NOT NULL,
        name text NOT NULL,
        unit text NOT NULL,
        target_value numeric NOT NULL,
        PRIMARY KEY (covenant_id, ord)
      )`);
    // the primary key is the last line of defence against one party signing twice
    await q.query(`
      CREATE TABLE covenant_signatures (
        covenant_id uuid NOT NULL REFERENCES covenants(id),
        party_id uuid NOT NULL REFERENCES covenant_parties(id),
        signatory_name text NOT NULL,
        signatory_titles jsonb NOT NULL,
        signed_at timestamptz NOT NULL,
        place text,
        PRIMARY KEY (covenant_id, party_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE covenant_signatures');
    await q.query('DROP TABLE covenant_targets');
    await q.query('DROP TABLE covenant_parties');
    await q.query('DROP TABLE covenants');
  }
}
