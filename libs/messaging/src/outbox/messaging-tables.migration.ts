import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and the inbox live in each service's own database; every service lists this
 * migration before its own.
 */
export class MessagingTables1700000000000 implements MigrationInterface {
  name = 'MessagingTables1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        seq        bigserial PRIMARY KEY,
        id         uuid NOT NULL UNIQUE,
        topic      text NOT NULL,
        key        text NOT NULL,
        type       text NOT NULL,
        headers    jsonb NOT NULL,
        payload    jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at    timestamptz,
        attempts   integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX outbox_unsent_key_idx ON outbox (key, seq) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE processed_messages (
        consumer     text NOT NULL,
        message_id   text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE processed_messages');
    await q.query('DROP TABLE outbox');
  }
}
