import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import type { DatabaseConfig } from '@tdkt/persistence';
import { saslOf, type KafkaLogin } from './endpoints';

export async function kafkaAnswers(brokers: string[], login?: KafkaLogin): Promise<string | undefined> {
  const admin = new Kafka({
    clientId: 'test-probe',
    brokers,
    connectionTimeout: 2000,
    logLevel: logLevel.NOTHING,
    retry: { retries: 1 },
    ...saslOf(login),
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
