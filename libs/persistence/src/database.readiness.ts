import type { DataSource } from 'typeorm';

/** Readiness: the service's own database answers a trivial query. */
export function databaseReadiness(dataSource: DataSource) {
  return { name: 'database', check: async (): Promise<void> => void (await dataSource.query('SELECT 1')) };
}
