import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conferences and venues belong to an organization (tenant). Rows from before stay NULL: only an
 * admin sees them. A hall is unique per organization, so one tenant's catalogue does not reveal
 * (or block) another's.
 */
export class AgendaTenancy1700000000310 implements MigrationInterface {
  name = 'AgendaTenancy1700000000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conferences ADD COLUMN tenant text`);
    await q.query(`ALTER TABLE venues ADD COLUMN tenant text`);
    await q.query(`CREATE INDEX conferences_tenant_idx ON conferences (tenant, starts_at DESC)`);
    await q.query(`DROP INDEX venues_name_address_uq`);
    await q.query(
      `CREATE UNIQUE INDEX venues_name_address_uq ON venues (coalesce(tenant, ''), lower(name), lower(coalesce(address, '')))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX venues_name_address_uq`);
    await q.query(`CREATE UNIQUE INDEX venues_name_address_uq ON venues (lower(name), lower(coalesce(address, '')))`);
    await q.query(`DROP INDEX conferences_tenant_idx`);
    await q.query(`ALTER TABLE venues DROP COLUMN tenant`);
    await q.query(`ALTER TABLE conferences DROP COLUMN tenant`);
  }
}
