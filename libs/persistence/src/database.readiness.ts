import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Readiness: the service's own database answers a trivial query. */
export const databaseReadiness = {
  name: 'database',
  check: async (app: INestApplicationContext): Promise<void> => void (await app.get(DataSource).query('SELECT 1')),
};
