import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { createTestDatabase, dropTestDatabase, httpClient, listenOnFreePort, testKafkaBrokers, testPostgres, uniqueNamespace } from '@tdkt/testing';
import { MessagingRuntime } from '@tdkt/messaging';
import { createPressApp } from '../src/app.factory';
import { loadPressConfig } from '../src/config/press.config';

/** One press instance; several may share a database and a namespace (one consumer group). */
export async function startPress(db: DatabaseConfig, namespace: string) {
  const pg = testPostgres();
  const config = loadPressConfig({
    KAFKA_BROKERS: testKafkaBrokers().join(','), KAFKA_NAMESPACE: namespace, LOG_LEVEL: 'silent',
    PGHOST: pg.host, PGPORT: String(pg.port), PGUSER: pg.user, PGPASSWORD: pg.password, PRESS_DB: db.database,
  });
  const app: INestApplication = await createPressApp(config);
  const url = await listenOnFreePort(app);
  await app.get(MessagingRuntime).consumer!.waitUntilJoined();
  return { app, url, http: httpClient(url), stop: () => app.close() };
}

export async function pressEnvironment(label: string) {
  const db = await createTestDatabase(label);
  const namespace = uniqueNamespace(label);
  return {
    db, namespace,
    covenantTopic: `${namespace}${TOPICS.covenant}`,
    draftTopic: `${namespace}${TOPICS.draft}`,
    drop: () => dropTestDatabase(db),
  };
}
