import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import { createTestDatabase, dropTestDatabase, httpClient, listenOnFreePort, testServiceEnv, uniqueNamespace } from '@tdkt/testing';
import { MessagingRuntime } from '@tdkt/messaging';
import { createPressApp } from '../src/app.factory';
import { loadPressConfig } from '../src/config/press.config';

/** One press instance; several may share a database and a namespace (one consumer group). */
export async function startPress(db: DatabaseConfig, namespace: string) {
  const config = loadPressConfig(testServiceEnv(db, namespace, 'PRESS_DB'));
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
