import type { DatabaseConfig } from '@tdkt/persistence';

/** The broker and the PostgreSQL server the tests use: set by the global setup, else the defaults. */
export function testKafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim());
}

export function testPostgres(): Omit<DatabaseConfig, 'database'> {
  return {
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    password: process.env.PGPASSWORD || undefined,
  };
}
