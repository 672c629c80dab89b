import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers the answer to each `Idempotency-Key`, so a retried create returns the same result. */
export class IdempotencyKeys1700000000001 implements MigrationInterface {
  name = 'IdempotencyKeys1700000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope        text NOT NULL,
        key          text NOT NULL,
        request_hash text NOT NULL,
        status_code  int,
        response     jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_keys');
  }
}
