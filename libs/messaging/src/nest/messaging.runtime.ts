import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { SERVICES, SUBSCRIPTIONS, ownTopics, type ServiceName } from '@tdkt/contracts';
import { ConsumerRunner } from '../consumer/consumer-runner';
import type { EventHandler } from '../consumer/event-handler';
import type { RecoveringProducer } from '../kafka/recovering-producer';
import { ensureTopics } from '../kafka/topic-provisioner';
import { withNamespace, type MessagingOptions } from '../messaging-options';
import { OutboxRelay, type RelayHealth } from '../outbox/outbox-relay';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10000;

/**
 * Start-up: topics, producer, relay, consumer — in the background, retried with backoff until
 * the broker answers, so a service never exits because its broker is slow, absent or still
 * creating topics; HTTP serves meanwhile (commands wait in the outbox) and readiness says
 * "not started". Shutdown (before the database closes): stop consuming (in-flight messages
 * finish, the group is left), stop the relay, close the producer.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingRuntime.name);
  relay?: OutboxRelay;
  consumer?: ConsumerRunner;
  private started = false;
  private stopping = false;
  private lastError?: string;
  private starting?: Promise<void>;
  private wakeRetry?: () => void;
  private handlers: EventHandler[] = [];

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: RecoveringProducer,
    private readonly dataSource: DataSource,
  ) {}

  /** The handlers to consume for (InboxTransport hands over the @EventPattern methods Nest found). */
  consume(handlers: EventHandler[]): void {
    if (this.consumer)
      throw new Error('consume() after the application started: start the microservices before listen()');
    this.handlers = handlers;
  }

  onApplicationBootstrap(): void {
    const o = this.options;
    this.consumer = new ConsumerRunner(
      this.kafka,
      this.producer,
      this.dataSource,
      this.handlers,
      o.namespace,
      o.serviceName,
      o.consumer,
    );
    assertRegistered(
      o.serviceName,
      o.topics,
      this.handlers.map((h) => h.event.topic),
    );
    if (o.relay?.enabled !== false) this.relay = new OutboxRelay(this.dataSource, this.producer, o.relay);
    this.starting = this.startWithRetry();
  }

  /** Resolves once topics exist, the relay runs and the consumer has started (not necessarily joined). */
  whenStarted(): Promise<void> {
    return this.starting ?? Promise.reject(new Error('messaging not bootstrapped'));
  }

  /** For readiness: started, the relay draining, the consumer running. */
  health(): RelayHealth {
    if (!this.started)
      return { ok: false, reason: `messaging not started yet${this.lastError ? `: ${this.lastError}` : ''}` };
    const relay = this.relay?.health();
    if (relay && !relay.ok) return relay;
    return this.consumer?.health() ?? { ok: true };
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wakeRetry?.();
    await this.starting?.catch(() => undefined);
    await this.consumer?.stop();
    await this.relay?.stop();
    await this.producer.disconnect();
  }

  private async startWithRetry(): Promise<void> {
    for (
      let attempt = 1, delay = FIRST_RETRY_MS;
      !this.stopping;
      attempt++, delay = Math.min(delay * 2, MAX_RETRY_MS)
    ) {
      try {
        await this.startOnce();
        this.started = true;
        this.lastError = undefined;
        return;
      } catch (e) {
        this.lastError = (e as Error).message;
        this.logger.warn({
          msg: 'messaging not started yet; retrying',
          attempt,
          retryInMs: delay,
          err: this.lastError,
        });
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wakeRetry = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Each step is safe to repeat after a failure of a later one. */
  private async startOnce(): Promise<void> {
    const o = this.options;
    const own = o.topics.map((t) => withNamespace(o.namespace, t));
    await ensureTopics(this.kafka, [...own, ...this.consumer!.topics], o.partitions ?? 3);
    await this.producer.connect();
    await this.relay?.start();
    await this.consumer!.start();
    this.logger.log({
      msg: 'messaging started',
      group: this.consumer!.groupId,
      consumes: this.consumer!.topics,
      publishes: own,
    });
  }
}

/**
 * The broker's ACLs come from the registry (`TOPIC_OWNERS`, `SUBSCRIPTIONS`): a service of the
 * registry that publishes or consumes a topic not declared there would start in the tests (as
 * admin) and be refused in a deployment. Refuse it here, in every test.
 */
function assertRegistered(service: string, publishes: string[], consumes: string[]): void {
  if (!(SERVICES as readonly string[]).includes(service)) return;
  const own = ownTopics(service as ServiceName) as string[];
  const subscribed = SUBSCRIPTIONS[service as ServiceName] as readonly string[];
  const missing = [
    ...publishes.filter((t) => !own.includes(t)).map((t) => `publishes ${t} (TOPIC_OWNERS)`),
    ...consumes.filter((t) => !subscribed.includes(t)).map((t) => `consumes ${t} (SUBSCRIPTIONS)`),
  ];
  if (missing.length)
    throw new Error(
      `${service} ${[...new Set(missing)].join(', ')}: not in the topic registry of @tdkt/contracts, so its broker ACLs would refuse it`,
    );
}
