import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import type { DatabaseConfig } from './database-config';

export interface DataSourceParams {
  database: DatabaseConfig;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** pool size per instance; small by default: two cores, several services */
  poolSize?: number;
  applicationName?: string;
}

/** TypeORM options for PostgreSQL. Schema changes only through migrations, never synchronize. */
export function dataSourceOptions(p: DataSourceParams): DataSourceOptions {
  return {
    type: 'postgres',
    host: p.database.host,
    port: p.database.port,
    username: p.database.user,
    password: p.database.password,
    database: p.database.database,
    entities: p.entities,
    migrations: p.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    poolSize: p.poolSize ?? 10,
    applicationName: p.applicationName,
    extra: { connectionTimeoutMillis: 5000 },
  };
}

export function createDataSource(p: DataSourceParams): DataSource {
  return new DataSource(dataSourceOptions(p));
}
