import type { KafkaLogin } from './kafka/kafka.factory';

/** Everything the backbone needs; each service builds it from its validated config. */
export interface MessagingOptions {
  /** CloudEvents `source`, e.g. `/services/covenants` */
  source: string;
  /** kafkajs client id and default consumer group, e.g. `covenants` */
  serviceName: string;
  brokers: string[];
  /** the service's SASL login (its principal's ACLs: `kafkaAccessPlan`) */
  sasl?: KafkaLogin;
  /** prepended to every topic and group: isolates test runs sharing one broker */
  namespace?: string;
  /** partitions for topics this service provisions (default 3) */
  partitions?: number;
  /** logical topics the service creates at start-up (and their dead-letter twins) */
  topics: string[];
  relay?: RelayOptions;
  consumer?: ConsumerOptions;
}

export interface RelayOptions {
  batchSize?: number;
  /** fallback poll when no NOTIFY arrives (ms) */
  pollIntervalMs?: number;
  /** false: do not start the relay (a service that only consumes) */
  enabled?: boolean;
}

export interface ConsumerOptions {
  groupId?: string;
  /** attempts for an ordinary failure before the message is dead-lettered */
  maxAttempts?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
}

export const withNamespace = (namespace: string | undefined, name: string): string => `${namespace ?? ''}${name}`;
