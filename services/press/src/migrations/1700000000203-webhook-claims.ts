import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries are claimed in a short transaction and sent outside any: `claimed_until` is the
 * lease of the instance sending one (in flight while it is in the future; a crashed instance's
 * lease runs out and the delivery is due again). A refused attempt made no connection, so it
 * has no duration.
 */
export class WebhookClaims1700000000203 implements MigrationInterface {
  name = 'WebhookClaims1700000000203';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE webhook_deliveries ADD COLUMN claimed_until timestamptz');
    await q.query(
      `CREATE INDEX webhook_deliveries_in_flight ON webhook_deliveries (subscription_id) WHERE status = 'pending' AND claimed_until IS NOT NULL`,
    );
    await q.query('ALTER TABLE webhook_attempts ALTER COLUMN duration_ms DROP NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('UPDATE webhook_attempts SET duration_ms = 0 WHERE duration_ms IS NULL');
    await q.query('ALTER TABLE webhook_attempts ALTER COLUMN duration_ms SET NOT NULL');
    await q.query('DROP INDEX webhook_deliveries_in_flight');
    await q.query('ALTER TABLE webhook_deliveries DROP COLUMN claimed_until');
  }
}
