import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_PRECEDENCE_RULES } from '../guests/domain/default-precedence.table';

/** Seeds the default protocol order (docs/domain.md#protocol-order); organizers edit it over HTTP afterwards. */
export class DefaultPrecedence1700000000401 implements MigrationInterface {
  name = 'DefaultPrecedence1700000000401';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO precedence_rules (scope, pattern, rank) SELECT 'default', * FROM unnest($1::text[], $2::int[])`,
      [DEFAULT_PRECEDENCE_RULES.map((r) => r.pattern), DEFAULT_PRECEDENCE_RULES.map((r) => r.rank)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM precedence_rules WHERE scope = 'default'`);
  }
}
