import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { SERVICES, SUBSCRIPTIONS, ownTopics, type ServiceName } from '@tdkt/contracts';
import { ConsumerRunner } from '../consumer/consumer-runner';
import type { EventHandler } from '../consumer/event-handler';
import { ensureTopics } from '../kafka/topic-provisioner';
import { withNamespace, type MessagingOptions } from '../messaging-options';
import { OutboxRelay } from '../outbox/outbox-relay';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

export const MESSAGING_HANDLERS = Symbol('MESSAGING_HANDLERS');

/**
 * Start-up: topics, producer, relay, consumer. Shutdown (before the database closes): stop
 * consuming (in-flight messages finish, the group is left), stop the relay, close the producer.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MessagingRuntime.name);
  relay?: OutboxRelay;
  consumer?: ConsumerRunner;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(MESSAGING_HANDLERS) private readonly handlerTypes: Type<EventHandler>[],
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const o = this.options;
    const handlers = this.handlerTypes.map((t) => this.moduleRef.get(t, { strict: false }));
    this.consumer = new ConsumerRunner(this.kafka, this.producer, this.dataSource, handlers, o.namespace, o.serviceName, o.consumer);
    assertRegistered(o.serviceName, o.topics, handlers.map((h) => h.event.topic));
    const own = o.topics.map((t) => withNamespace(o.namespace, t));
    await ensureTopics(this.kafka, [...own, ...this.consumer.topics], o.partitions ?? 3);
    await this.producer.connect();
    if (o.relay?.enabled !== false) {
      this.relay = new OutboxRelay(this.dataSource, this.producer, o.relay);
      await this.relay.start();
    }
    await this.consumer.start();
    this.logger.log({ msg: 'messaging started', group: this.consumer.groupId, consumes: this.consumer.topics, publishes: own });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.relay?.stop();
    await this.producer.disconnect();
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
  if (missing.length) throw new Error(`${service} ${[...new Set(missing)].join(', ')}: not in the topic registry of @tdkt/contracts, so its broker ACLs would refuse it`);
}
