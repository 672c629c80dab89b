import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organizing organization's settings (its protocol order, its default guests) belong to one
 * tenant: the one its conferences name, or the first to set them before any conference is known.
 */
export class OrganizationOwners1700000000430 implements MigrationInterface {
  name = 'OrganizationOwners1700000000430';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization_owners (
        organization_id uuid PRIMARY KEY,
        tenant text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX conferences_organization_idx ON conferences (organization_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX conferences_organization_idx');
    await q.query('DROP TABLE organization_owners');
  }
}
