import { createKafka, provisionKafkaAccess } from '@tdkt/messaging';
import { loadKafkaConfig } from '../config/service-config';

/**
 * `node dist/libs/service-kit/src/bootstrap/provision-kafka.cli.js`, logged in as the broker's
 * admin (KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD): creates every topic of the registry with
 * its dead-letter twin and each service principal's ACLs (libs/messaging kafka-access). Idempotent.
 */
async function main(): Promise<void> {
  const kafka = loadKafkaConfig('provision-kafka');
  const done = await provisionKafkaAccess(
    createKafka('provision-kafka', kafka.brokers, kafka.sasl),
    kafka.namespace,
    kafka.partitions,
  );
  process.stdout.write(`${JSON.stringify(done)}\n`);
}

main().catch((e) => {
  process.stderr.write(`provision-kafka failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
