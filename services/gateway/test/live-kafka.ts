import type { Kafka } from 'kafkajs';
import { GATEWAY_PRINCIPAL } from '@tdkt/contracts';
import { provisionKafkaAccess, revokeKafkaAccess } from '@tdkt/messaging';
import { kafkaPasswordOf, testKafka, testKafkaBrokers, uniqueNamespace } from '@tdkt/testing';

/**
 * The broker side of a test gateway: a namespace with the topics and ACLs infra/up.sh provisions
 * (provisionKafkaAccess, as the admin), and the gateway's env logging in as its own principal.
 */
export class LiveKafka {
  readonly admin: Kafka = testKafka('gateway-test-admin');

  /** a namespace of its own, or the one the services under test publish in */
  constructor(readonly namespace = uniqueNamespace('gw')) {}

  async provision(): Promise<void> {
    await provisionKafkaAccess(this.admin, this.namespace, 1);
  }

  env(): Record<string, string> {
    return {
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_NAMESPACE: this.namespace,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: GATEWAY_PRINCIPAL,
      KAFKA_SASL_PASSWORD: kafkaPasswordOf(GATEWAY_PRINCIPAL),
    };
  }

  async revoke(): Promise<void> {
    await revokeKafkaAccess(this.admin, this.namespace).catch(() => undefined);
  }
}
