import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy and who acted. A cluster belongs to an organization (`tenant`, e.g.
 * cluster:bien-gioi-phia-bac); its covenants take its tenant. Rows written before stay NULL,
 * visible to admin only. Signatures, withdrawals, results and the evaluation name the person
 * who recorded them (from the token).
 */
export class Tenancy1700000000160 implements MigrationInterface {
  name = 'Tenancy1700000000160';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE clusters ADD COLUMN tenant text');
    await q.query('CREATE INDEX clusters_tenant_idx ON clusters (tenant)');
    await q.query('ALTER TABLE covenants ADD COLUMN tenant text');
    await q.query('CREATE INDEX covenants_tenant_idx ON covenants (tenant, year)');
    // covenants written before take their cluster's (NULL too, until an admin sorts them out)
    await q.query('UPDATE covenants c SET tenant = k.tenant FROM clusters k WHERE k.id = c.cluster_id');
    await q.query(`ALTER TABLE covenant_signatures ADD COLUMN recorded_by_id text, ADD COLUMN recorded_by_name text,
                     ADD COLUMN withdrawn_by_id text, ADD COLUMN withdrawn_by_name text`);
    await q.query('ALTER TABLE covenant_results ADD COLUMN recorded_by_id text, ADD COLUMN recorded_by_name text');
    await q.query(
      'ALTER TABLE covenant_evaluations ADD COLUMN evaluated_by_id text, ADD COLUMN evaluated_by_name text',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE covenant_evaluations DROP COLUMN evaluated_by_id, DROP COLUMN evaluated_by_name');
    await q.query('ALTER TABLE covenant_results DROP COLUMN recorded_by_id, DROP COLUMN recorded_by_name');
    await q.query(`ALTER TABLE covenant_signatures DROP COLUMN recorded_by_id, DROP COLUMN recorded_by_name,
                     DROP COLUMN withdrawn_by_id, DROP COLUMN withdrawn_by_name`);
    await q.query('ALTER TABLE covenants DROP COLUMN tenant');
    await q.query('ALTER TABLE clusters DROP COLUMN tenant');
  }
}

/** The conference replica keeps the tenant the agenda's events carry (the organizer's). */
export class ConferenceTenant1700000000161 implements MigrationInterface {
  name = 'ConferenceTenant1700000000161';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences ADD COLUMN tenant text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences DROP COLUMN tenant');
  }
}
