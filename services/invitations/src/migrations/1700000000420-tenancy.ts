import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy: a conference (and with it its guest list, invitations, mails, reminders, RSVP log and
 * attendance) belongs to the organization named by agenda's events (`tenant`); a directory guest to
 * the organization that registered it. Rows from before stay NULL: visible to admin only. Who sent
 * an invitation and who checked a guest in are kept for the audit.
 */
export class InvitationsTenancy1700000000420 implements MigrationInterface {
  name = 'InvitationsTenancy1700000000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE conferences ADD COLUMN tenant text');
    await q.query('ALTER TABLE guests ADD COLUMN tenant text');
    await q.query('CREATE INDEX guests_tenant_idx ON guests (tenant)');
    await q.query('ALTER TABLE invitations ADD COLUMN sent_by_id text, ADD COLUMN sent_by_name text');
    await q.query('ALTER TABLE attendance ADD COLUMN checked_in_by_id text, ADD COLUMN checked_in_by_name text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE attendance DROP COLUMN checked_in_by_id, DROP COLUMN checked_in_by_name');
    await q.query('ALTER TABLE invitations DROP COLUMN sent_by_id, DROP COLUMN sent_by_name');
    await q.query('DROP INDEX guests_tenant_idx');
    await q.query('ALTER TABLE guests DROP COLUMN tenant');
    await q.query('ALTER TABLE conferences DROP COLUMN tenant');
  }
}
