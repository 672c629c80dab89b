import { testKeycloak } from '../auth/keycloak-endpoint';
import type { DatabaseConfig } from '@tdkt/persistence';
import { testKafkaBrokers, testKafkaLogin } from './endpoints';

/**
 * The environment a service under test reads: the test broker (logged in as the tests' admin:
 * namespaced topics have no per-service ACLs), its namespace, its own database.
 */
export function testServiceEnv(db: DatabaseConfig, namespace: string, dbVariable: string): NodeJS.ProcessEnv {
  const login = testKafkaLogin();
  return {
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    ...(login
      ? {
          KAFKA_SASL_MECHANISM: login.mechanism,
          KAFKA_SASL_USERNAME: login.username,
          KAFKA_SASL_PASSWORD: login.password,
        }
      : {}),
    KAFKA_NAMESPACE: namespace,
    AUTH_ISSUER: testKeycloak().issuer,
    LOG_LEVEL: 'silent',
    PGHOST: db.host,
    PGPORT: String(db.port),
    PGUSER: db.user,
    PGPASSWORD: db.password,
    [dbVariable]: db.database,
  };
}
