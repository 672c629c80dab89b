import { dataSourceOptions, type DataSourceParams, type DatabaseConfig } from '@tdkt/persistence';
import { DataSource, type MigrationInterface } from 'typeorm';

type Migration = new () => MigrationInterface;

export interface MigrationStep {
  /** the migrations already run where the rows were written */
  before: Migration[];
  /** the migrations under test */
  after: Migration[];
  /** the entities the migrated data source needs (TypeORM repositories) */
  entities?: DataSourceParams['entities'];
}

/**
 * A migration tested against the rows it will meet: `before` runs, `seed` writes rows as the code
 * of that time did, then `after` runs. Answers a data source on the migrated database (destroy it).
 */
export async function migrateOver(
  db: DatabaseConfig,
  step: MigrationStep,
  seed: (ds: DataSource) => Promise<unknown>,
): Promise<DataSource> {
  const open = (migrations: Migration[], entities: DataSourceParams['entities'] = []) =>
    new DataSource(dataSourceOptions({ database: db, entities, migrations, poolSize: 2 })).initialize();
  const old = await open(step.before);
  try {
    await old.runMigrations({ transaction: 'each' });
    await seed(old);
  } finally {
    await old.destroy();
  }
  const ds = await open([...step.before, ...step.after], step.entities);
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
