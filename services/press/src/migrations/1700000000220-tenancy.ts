import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy: every subject (conference, covenant) keeps the tenant its events carry, its drafts and
 * publications take it, a subscription belongs to the press office that made it. Which tenants a
 * press office covers is press's own table (managed by admin). Audit rows keep the actor's id
 * (the four-eyes rule compares ids, not names). Existing rows stay NULL: visible to admin only.
 */
export class Tenancy1700000000220 implements MigrationInterface {
  name = 'Tenancy1700000000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE rm_conferences ADD COLUMN tenant text');
    await q.query('ALTER TABLE rm_covenants ADD COLUMN tenant text');
    await q.query('ALTER TABLE drafts ADD COLUMN tenant text');
    await q.query('CREATE INDEX drafts_tenant ON drafts (tenant)');
    await q.query('ALTER TABLE publications ADD COLUMN tenant text');
    await q.query('ALTER TABLE subscriptions ADD COLUMN tenant text');
    await q.query('CREATE INDEX subscriptions_tenant ON subscriptions (tenant)');
    await q.query('ALTER TABLE draft_transitions ADD COLUMN actor_id text');
    await q.query('ALTER TABLE draft_versions ADD COLUMN author_id text');
    await q.query(`
      CREATE TABLE press_office_coverage (
        press_office text NOT NULL,
        tenant text NOT NULL,
        PRIMARY KEY (press_office, tenant)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE press_office_coverage');
    await q.query('ALTER TABLE draft_versions DROP COLUMN author_id');
    await q.query('ALTER TABLE draft_transitions DROP COLUMN actor_id');
    await q.query('ALTER TABLE subscriptions DROP COLUMN tenant');
    await q.query('ALTER TABLE publications DROP COLUMN tenant');
    await q.query('ALTER TABLE drafts DROP COLUMN tenant');
    await q.query('ALTER TABLE rm_covenants DROP COLUMN tenant');
    await q.query('ALTER TABLE rm_conferences DROP COLUMN tenant');
  }
}
