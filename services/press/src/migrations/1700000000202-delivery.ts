import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Press offices' subscriptions, and the webhook queue with its delivery log. */
export class Delivery1700000000202 implements MigrationInterface {
  name = 'Delivery1700000000202';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY,
        press_office text NOT NULL,
        organizations jsonb NOT NULL,
        kinds jsonb NOT NULL,
        webhook_url text,
        secret text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id text PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES subscriptions(id),
        publication_id uuid NOT NULL REFERENCES publications(id),
        payload text NOT NULL,
        status text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(
      'CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at DESC)',
    );
    await q.query(`
      CREATE TABLE webhook_attempts (
        delivery_id text NOT NULL REFERENCES webhook_deliveries(id),
        attempt int NOT NULL,
        at timestamptz NOT NULL,
        status_code int,
        error text,
        duration_ms int NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_attempts');
    await q.query('DROP TABLE webhook_deliveries');
    await q.query('DROP TABLE subscriptions');
  }
}
