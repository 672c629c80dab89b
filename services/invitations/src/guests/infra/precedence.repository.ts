import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PrecedenceTable, type PrecedenceRule } from '../domain/precedence';

export const DEFAULT_SCOPE = 'default';

/** Protocol-order tables (the default and one per organization) and each organization's default guests. */
@Injectable()
export class PrecedenceRepository {
  async rules(manager: EntityManager, scope: string): Promise<PrecedenceRule[]> {
    return manager.query<PrecedenceRule[]>(
      'SELECT pattern, rank FROM precedence_rules WHERE scope = $1 ORDER BY rank, pattern',
      [scope],
    );
  }

  /** The organization's own table when it has one, else the default. */
  async tableFor(
    manager: EntityManager,
    organizationId: string | undefined,
  ): Promise<{ table: PrecedenceTable; scope: string }> {
    if (organizationId) {
      const own = await this.rules(manager, organizationId);
      if (own.length) return { table: new PrecedenceTable(own), scope: organizationId };
    }
    return { table: new PrecedenceTable(await this.rules(manager, DEFAULT_SCOPE)), scope: DEFAULT_SCOPE };
  }

  async replace(manager: EntityManager, scope: string, rules: PrecedenceRule[]): Promise<void> {
    await manager.query('DELETE FROM precedence_rules WHERE scope = $1', [scope]);
    if (!rules.length) return;
    await manager.query(
      `INSERT INTO precedence_rules (scope, pattern, rank) SELECT $1, * FROM unnest($2::text[], $3::int[])`,
      [scope, rules.map((r) => r.pattern), rules.map((r) => r.rank)],
    );
  }

  async defaultGuests(manager: EntityManager, organizationId: string): Promise<string[]> {
    const rows = await manager.query<{ guest_id: string }[]>(
      'SELECT guest_id FROM organization_default_guests WHERE organization_id = $1',
      [organizationId],
    );
    return rows.map((r) => r.guest_id);
  }

  async setDefaultGuests(manager: EntityManager, organizationId: string, guestIds: string[]): Promise<void> {
    await manager.query('DELETE FROM organization_default_guests WHERE organization_id = $1', [organizationId]);
    if (guestIds.length) {
      await manager.query(
        'INSERT INTO organization_default_guests (organization_id, guest_id) SELECT $1, unnest($2::uuid[])',
        [organizationId, guestIds],
      );
    }
  }
}
