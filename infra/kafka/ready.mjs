// Readiness probe for start.sh: exit 0 if a Kafka broker answers an admin
// describeCluster(), else 1. Usage: node ready.mjs [host:port]
// It logs in with SASL from KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD / KAFKA_SASL_MECHANISM
// (env, never argv); without them it connects unauthenticated.
// kafkajs is resolved relative to this file (the repo's node_modules), so the
// probe uses the same client the services use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const broker = process.argv[2] ?? '127.0.0.1:19092';
const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = process.env;
const mechanism = process.env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512';

// Hard cap: never let a hung socket keep start.sh's poll loop waiting.
setTimeout(() => process.exit(1), 5000).unref();

try {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({
    clientId: 'infra-ready-probe',
    brokers: [broker],
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
    ...(username ? { sasl: { mechanism, username, password } } : {}),
  });
  const admin = kafka.admin();
  await admin.connect();
  const { brokers } = await admin.describeCluster();
  await admin.disconnect();
  process.exit(brokers.length > 0 ? 0 : 1);
} catch {
  process.exit(1);
}
