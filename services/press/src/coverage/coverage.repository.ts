import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { draftScope, type ScopeActor } from './domain/coverage';

/** press_office_coverage: which tenants each press office covers. */
@Injectable()
export class CoverageRepository {
  constructor(private readonly dataSource: DataSource) {}

  async covered(pressOffices: readonly string[], m: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (!pressOffices.length) return [];
    const rows = await m.query<{ tenant: string }[]>(
      'SELECT DISTINCT tenant FROM press_office_coverage WHERE press_office = ANY($1) ORDER BY tenant',
      [pressOffices],
    );
    return rows.map((r) => r.tenant);
  }

  /** Replaces the press office's coverage as a whole (PUT): the same list twice changes nothing. */
  replace(pressOffice: string, tenants: readonly string[]): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`press-coverage:${pressOffice}`]);
      await m.query('DELETE FROM press_office_coverage WHERE press_office = $1', [pressOffice]);
      const unique = [...new Set(tenants)];
      if (unique.length)
        await m.query(
          'INSERT INTO press_office_coverage (press_office, tenant) SELECT $1, unnest($2::text[])',
          [pressOffice, unique],
        );
      return this.covered([pressOffice], m);
    });
  }

  /** The tenants whose drafts this caller sees; `null`: all (admin). */
  async scope(actor: ScopeActor): Promise<string[] | null> {
    if (actor.roles.includes('admin')) return null;
    return draftScope(actor, await this.covered(actor.tenants));
  }
}
