import type { SASLOptions } from 'kafkajs';
import type { DatabaseConfig } from '@tdkt/persistence';
import { readKafkaCredentials } from './kafka-credentials';

/** The broker and the PostgreSQL server the tests use: set by the global setup, else the defaults. */
export function testKafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim());
}

/**
 * A SASL login, the shape of @tdkt/messaging's `KafkaLogin` (this library may not import
 * messaging: messaging's own tests use it).
 */
export interface KafkaLogin {
  mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain';
  username: string;
  password: string;
}

/** kafkajs' `sasl` option for a login, or none. */
export function saslOf(login: KafkaLogin | undefined): { sasl?: SASLOptions } {
  return login ? { sasl: { ...login } as SASLOptions } : {};
}

/**
 * The tests' login: KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD (infra/test.sh sets the admin's),
 * else the admin of the broker's data dir (its credentials.env); none without either.
 */
export function testKafkaLogin(): KafkaLogin | undefined {
  const env = process.env;
  const mechanism = (env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512') as KafkaLogin['mechanism'];
  if (env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD) {
    return { mechanism, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD };
  }
  const creds = readKafkaCredentials();
  if (!creds?.KAFKA_ADMIN_PASSWORD) return undefined;
  return { mechanism, username: creds.KAFKA_ADMIN_USERNAME ?? 'admin', password: creds.KAFKA_ADMIN_PASSWORD };
}

export function testPostgres(): Omit<DatabaseConfig, 'database'> {
  return {
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD || undefined,
  };
}
