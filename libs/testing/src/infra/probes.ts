import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { Client } from 'pg';
// type only: the global setup runs outside jest's module mapping, so no @tdkt/* value imports here
import type { KafkaLogin } from '@tdkt/messaging';
import type { DatabaseConfig } from '@tdkt/persistence';

export async function kafkaAnswers(brokers: string[], login?: KafkaLogin): Promise<string | undefined> {
  const admin = new Kafka({
    clientId: 'test-probe', brokers, connectionTimeout: 2000, logLevel: logLevel.NOTHING, retry: { retries: 1 },
    ...(login ? { sasl: { ...login } as SASLOptions } : {}),
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export async function postgresAnswers(c: Omit<DatabaseConfig, 'database'>): Promise<string | undefined> {
  const client = new Client({ ...c, database: 'postgres', connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}
