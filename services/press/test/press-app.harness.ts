import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  listenOnFreePort,
  testServiceEnv,
  uniqueNamespace,
} from '@tdkt/testing';
import { MessagingRuntime } from '@tdkt/messaging';
import { createPressApp } from '../src/app.factory';
import { loadPressConfig } from '../src/config/press.config';

/** One press instance; several may share a database and a namespace (one consumer group). */
export async function startPress(db: DatabaseConfig, namespace: string, env: NodeJS.ProcessEnv = {}) {
  // quick workers in tests: regeneration and webhook retries in tens of milliseconds
  const config = loadPressConfig({
    PRESS_REGEN_POLL_MS: '50',
    PRESS_WEBHOOK_POLL_MS: '50',
    PRESS_WEBHOOK_BACKOFF_MS: '100',
    ...testServiceEnv(db, namespace, 'PRESS_DB'),
    ...env,
  });
  const app: INestApplication = await createPressApp(config);
  const url = await listenOnFreePort(app);
  await app.get(MessagingRuntime).whenStarted();
  await app.get(MessagingRuntime).consumer!.waitUntilJoined();
  return { app, url, http: httpClient(url), stop: () => app.close() };
}

export async function pressEnvironment(label: string) {
  const db = await createTestDatabase(label);
  const namespace = uniqueNamespace(label);
  return {
    db,
    namespace,
    covenantTopic: `${namespace}${TOPICS.covenant}`,
    inputTopics: [TOPICS.conference, TOPICS.award, TOPICS.covenant, TOPICS.invitation].map((t) => `${namespace}${t}`),
    draftTopic: `${namespace}${TOPICS.draft}`,
    drop: () => dropTestDatabase(db),
  };
}

/**
 * The explicit test setting for webhooks to receivers on 127.0.0.1 over plain http; by default
 * the service refuses both, and it refuses to start with either when NODE_ENV=production.
 */
export const LOCAL_WEBHOOKS = { PRESS_WEBHOOK_ALLOW_HTTP: 'true', PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };

/** Headers the gateway will set: who acts, in which role (percent-encoded: headers are Latin-1). */
export const officer = { 'x-actor': encodeURIComponent('Lò Thị Mai'), 'x-role': 'press-officer' };
export const lead = { 'x-actor': encodeURIComponent('Cầm Văn Nam'), 'x-role': 'press-lead' };
