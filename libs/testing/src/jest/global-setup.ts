import { testKeycloak } from '../auth/keycloak-endpoint';
import { provisionTestUsers } from '../auth/provision-test-users';
import { containerEngineAvailable, startContainers } from '../infra/containers';
import { testKafkaBrokers, testKafkaLogin, testPostgres } from '../infra/endpoints';

import { kafkaAnswers, postgresAnswers } from '../infra/probes';

/**
 * Finds the real broker and database for the component and integration tests: the local
 * processes (bash infra/kafka/start.sh, the machine's PostgreSQL) or, where a container engine
 * exists, containers. Never skips: without them the run fails and says what to start.
 */
export default async function globalSetup(): Promise<void> {
  await identityProvider();
  // The broker of infra/kafka/start.sh wants a login: testKafkaLogin() finds the admin's.
  const kafkaProblem = await kafkaAnswers(testKafkaBrokers(), testKafkaLogin());
  const pgProblem = await postgresAnswers(testPostgres());
  if (!kafkaProblem && !pgProblem) return;

  if (containerEngineAvailable()) {
    const infra = await startContainers({ kafka: !!kafkaProblem, postgres: !!pgProblem });
    (globalThis as { __tdktInfra?: unknown }).__tdktInfra = infra;
    if (infra.kafkaBrokers) process.env.KAFKA_BROKERS = infra.kafkaBrokers;
    if (infra.postgres) {
      process.env.PGHOST = infra.postgres.host;
      process.env.PGPORT = String(infra.postgres.port);
      process.env.PGUSER = infra.postgres.user;
      process.env.PGPASSWORD = infra.postgres.password;
    }
    return;
  }
  const lines = ['The component and integration tests need a real Kafka broker and PostgreSQL.'];
  if (kafkaProblem) {
    lines.push(
      `- Kafka is not reachable at ${testKafkaBrokers().join(',')} as ${testKafkaLogin()?.username ?? 'an anonymous client'} (${kafkaProblem}).`,
      '  Start it: bash infra/kafka/start.sh   (or set KAFKA_BROKERS; KAFKA_DATA_DIR or KAFKA_CREDENTIALS for its credentials.env)',
    );
  }
  if (pgProblem) {
    const p = testPostgres();
    lines.push(
      `- PostgreSQL is not reachable at ${p.host}:${p.port} as ${p.user} (${pgProblem}).`,
      '  Start it: bash infra/postgres/start.sh   (or set PGHOST/PGPORT/PGUSER)',
    );
  }
  lines.push('Or run everything with: bash infra/test.sh');
  throw new Error(lines.join('\n'));
}

/** The real identity provider, and the test users in its realm. */
async function identityProvider(): Promise<void> {
  const kc = testKeycloak();
  const ok = await fetch(`${kc.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) })
    .then((r) => r.ok)
    .catch(() => false);
  if (!ok) {
    throw new Error(
      `The component and integration tests need the identity provider: no realm tdkt at ${kc.url}.\n` +
        '  Start it: bash infra/keycloak/start.sh   (or set KEYCLOAK_URL and KEYCLOAK_CREDENTIALS)\n' +
        'Or run everything with: bash infra/test.sh',
    );
  }
  await provisionTestUsers();
}
