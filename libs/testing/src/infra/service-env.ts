import type { DatabaseConfig } from '@tdkt/persistence';
import { testKafkaBrokers } from './endpoints';

/** The environment a service under test reads: the test broker, its namespace, its own database. */
export function testServiceEnv(db: DatabaseConfig, namespace: string, dbVariable: string): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    KAFKA_NAMESPACE: namespace,
    LOG_LEVEL: 'silent',
    PGHOST: db.host,
    PGPORT: String(db.port),
    PGUSER: db.user,
    PGPASSWORD: db.password,
    [dbVariable]: db.database,
  };
}
