import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy and who acted. Decisions (conferments and revocations), local award types and
 * proposals belong to an organization (`tenant`); rows written before stay NULL, visible to
 * admin only (the national catalog is NULL by design: the law's types, readable by all).
 * The conference replica keeps the tenant the agenda's events carried.
 */
export class Tenancy1700000000320 implements MigrationInterface {
  name = 'Tenancy1700000000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE decisions ADD COLUMN tenant text, ADD COLUMN created_by_id text, ADD COLUMN created_by_name text',
    );
    await q.query('CREATE INDEX decisions_tenant_idx ON decisions (tenant, year)');
    // awards.revoked_by is the revoking decision; these name the person who recorded it
    await q.query('ALTER TABLE awards ADD COLUMN revoked_by_id text, ADD COLUMN revoked_by_name text');
    await q.query('ALTER TABLE award_types ADD COLUMN tenant text');
    await q.query(
      'ALTER TABLE proposals ADD COLUMN tenant text, ADD COLUMN decided_by_id text, ADD COLUMN decided_by_name text',
    );
    await q.query('ALTER TABLE conferences ADD COLUMN tenant text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences DROP COLUMN tenant');
    await q.query('ALTER TABLE proposals DROP COLUMN tenant, DROP COLUMN decided_by_id, DROP COLUMN decided_by_name');
    await q.query('ALTER TABLE award_types DROP COLUMN tenant');
    await q.query('ALTER TABLE awards DROP COLUMN revoked_by_id, DROP COLUMN revoked_by_name');
    await q.query('DROP INDEX decisions_tenant_idx');
    await q.query('ALTER TABLE decisions DROP COLUMN tenant, DROP COLUMN created_by_id, DROP COLUMN created_by_name');
  }
}
