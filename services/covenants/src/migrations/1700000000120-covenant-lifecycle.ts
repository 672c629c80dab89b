import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covenants belong to a cluster and have versions (amendments); targets get an id, a direction
 * and a weight; signatures keep their history (withdrawn ones stay, marked). Covenants drafted
 * before clusters existed keep cluster_id NULL; their targets get equal weights.
 */
export class CovenantLifecycle1700000000120 implements MigrationInterface {
  name = 'CovenantLifecycle1700000000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE covenants
        ADD COLUMN cluster_id uuid REFERENCES clusters(id),
        ADD COLUMN members_on date,
        ADD COLUMN lineage_id uuid,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN amends_id uuid REFERENCES covenants(id),
        ADD COLUMN amendment_reason text,
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancellation_reason text`);
    await q.query('UPDATE covenants SET lineage_id = id');
    await q.query('ALTER TABLE covenants ALTER COLUMN lineage_id SET NOT NULL');
    await q.query('ALTER TABLE covenants DROP CONSTRAINT covenants_status_check');
    await q.query(`ALTER TABLE covenants ADD CONSTRAINT covenants_status_check
      CHECK (status IN ('drafted', 'fully_signed', 'cancelled', 'superseded', 'evaluated'))`);
    await q.query('CREATE UNIQUE INDEX covenants_lineage_version_uq ON covenants (lineage_id, version)');
    await q.query('CREATE INDEX covenants_cluster_year_idx ON covenants (cluster_id, year)');

    await q.query(`
      ALTER TABLE covenant_targets
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        ADD COLUMN direction text NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
        ADD COLUMN weight numeric`);
    await q.query(`
      UPDATE covenant_targets t SET weight = round(100.0 / n.count, 4)
        FROM (SELECT covenant_id, count(*) AS count FROM covenant_targets GROUP BY covenant_id) n
       WHERE n.covenant_id = t.covenant_id`);
    await q.query('ALTER TABLE covenant_targets ALTER COLUMN weight SET NOT NULL');

    await q.query(`
      ALTER TABLE covenant_signatures
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN mode text NOT NULL DEFAULT 'at-conference' CHECK (mode IN ('at-conference', 'remote')),
        ADD COLUMN on_behalf_of jsonb,
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawal_reason text`);
    await q.query('ALTER TABLE covenant_signatures DROP CONSTRAINT covenant_signatures_pkey');
    await q.query('ALTER TABLE covenant_signatures ADD PRIMARY KEY (id)');
    // one standing signature per party; withdrawn ones stay as history
    await q.query(`CREATE UNIQUE INDEX covenant_signatures_standing_uq ON covenant_signatures (covenant_id, party_id)
      WHERE withdrawn_at IS NULL`);
    await q.query('CREATE INDEX covenant_parties_unit_idx ON covenant_parties (lower(unit_name))');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX covenant_parties_unit_idx');
    await q.query('DELETE FROM covenant_signatures WHERE withdrawn_at IS NOT NULL');
    await q.query('DROP INDEX covenant_signatures_standing_uq');
    await q.query('ALTER TABLE covenant_signatures DROP CONSTRAINT covenant_signatures_pkey');
    await q.query('ALTER TABLE covenant_signatures ADD PRIMARY KEY (covenant_id, party_id)');
    await q.query(
      'ALTER TABLE covenant_signatures DROP COLUMN id, DROP COLUMN mode, DROP COLUMN on_behalf_of, DROP COLUMN withdrawn_at, DROP COLUMN withdrawal_reason',
    );
    await q.query('ALTER TABLE covenant_targets DROP COLUMN id, DROP COLUMN direction, DROP COLUMN weight');
    await q.query('DROP INDEX covenants_cluster_year_idx');
    await q.query('DROP INDEX covenants_lineage_version_uq');
    await q.query('ALTER TABLE covenants DROP CONSTRAINT covenants_status_check');
    await q.query(
      `ALTER TABLE covenants ADD CONSTRAINT covenants_status_check CHECK (status IN ('drafted', 'fully_signed'))`,
    );
    await q.query(`ALTER TABLE covenants DROP COLUMN cluster_id, DROP COLUMN members_on, DROP COLUMN lineage_id, DROP COLUMN version,
      DROP COLUMN amends_id, DROP COLUMN amendment_reason, DROP COLUMN cancelled_at, DROP COLUMN cancellation_reason`);
  }
}
