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
        payload    json NOT NULL,   -- json, not jsonb: the relay sends the stored text as is
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // a row leaves the outbox when the broker has acknowledged it: what is here is unsent
    await q.query(`CREATE INDEX outbox_key_idx ON outbox (key, seq)`);
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
