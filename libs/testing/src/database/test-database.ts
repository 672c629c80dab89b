import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, type DatabaseConfig } from '@tdkt/persistence';
import { testPostgres } from '../infra/endpoints';

/** A fresh, empty database for one test file; drop it in afterAll. */
export async function createTestDatabase(label: string): Promise<DatabaseConfig> {
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const config = { ...testPostgres(), database: name };
  await ensureDatabase(config);
  return config;
}

export const dropTestDatabase = dropDatabase;

/** Topic and group names unique to one test file, so files never see each other's events. */
export function uniqueNamespace(label: string): string {
  return `t-${label}-${randomBytes(4).toString('hex')}.`;
}
