import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  bearer,
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

/** A database and a namespace for one test file. */
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

/** The tenant of the test users (test-runner, test-reviewer, test-press-*): the fixtures' events carry it. */
export const TEST_TENANT = 'province:kiem-thu';

/**
 * Two different people of the same press office, both with every role: the officer (test-runner,
 * whom httpClient acts as by default) edits and submits, the lead (test-reviewer) approves — the
 * four-eyes rule refuses the same person doing both. Headers for one call each.
 */
export async function editors(): Promise<{ officer: Record<string, string>; lead: Record<string, string> }> {
  return { officer: await bearer('test-runner'), lead: await bearer('test-reviewer') };
}
