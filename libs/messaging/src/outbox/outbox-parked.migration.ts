import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rows the broker refused for good (too large for it, invalid): parked here with the broker's
 * answer so the rows behind them keep flowing; an operator lists them and decides.
 */
export class OutboxParked1700000000002 implements MigrationInterface {
  name = 'OutboxParked1700000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_parked (
        seq        bigint PRIMARY KEY,
        id         uuid NOT NULL UNIQUE,
        topic      text NOT NULL,
        key        text NOT NULL,
        type       text NOT NULL,
        headers    jsonb NOT NULL,
        payload    json NOT NULL,
        created_at timestamptz NOT NULL,
        parked_at  timestamptz NOT NULL DEFAULT now(),
        error      text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox_parked');
  }
}
