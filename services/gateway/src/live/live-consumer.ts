import { randomUUID } from 'node:crypto';
import {
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Consumer, Kafka } from 'kafkajs';
import {
  EnvelopeError,
  GATEWAY_PRINCIPAL,
  LIVE_TOPICS,
  fromKafkaMessage,
  serviceSource,
  topicOwner,
} from '@tdkt/contracts';
import { createKafka, withNamespace } from '@tdkt/messaging';
import type { GatewayConfig } from '../config/gateway.config';
import { toLiveEvent } from './live-event';
import type { LiveFeed } from './live-feed';

/**
 * The gateway's own Kafka consumer (principal `gateway`, read only): every event of the live
 * topics into the feed. Its group is this process's alone (`gateway-live-<uuid>`): each gateway
 * serves its own browsers, so each reads every partition; it starts at the latest offsets (the
 * live view, not history) and the group is deleted at shutdown. A broker that is slow or absent
 * never stops the gateway: the consumer keeps trying, and readiness says so meanwhile.
 */
export class LiveConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveConsumer.name);
  private readonly kafka: Kafka;
  private readonly groupId: string;
  private consumer?: Consumer;
  private joined = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly config: GatewayConfig['live'],
    private readonly feed: LiveFeed,
  ) {
    this.kafka = createKafka(`${GATEWAY_PRINCIPAL}-live`, config.kafka.brokers, config.kafka.sasl);
    this.groupId = withNamespace(config.kafka.namespace, `${GATEWAY_PRINCIPAL}-live-${randomUUID()}`);
  }

  /** For readiness: the consumer has joined its group and holds the partitions. */
  get running(): boolean {
    return this.joined;
  }

  onApplicationBootstrap(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    if (this.stopped) return;
    const consumer = this.kafka.consumer({ groupId: this.groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    consumer.on(consumer.events.CRASH, (e) => {
      this.joined = false;
      // kafkajs restarts by itself after a retriable error; otherwise start over a little later
      if (!e.payload.restart) this.later();
    });
    try {
      await consumer.connect();
      const ns = this.config.kafka.namespace;
      await consumer.subscribe({ topics: LIVE_TOPICS.map((t) => withNamespace(ns, t)), fromBeginning: false });
      await consumer.run({
        eachMessage: async ({ topic, message }) => {
          try {
            const event = fromKafkaMessage(message.headers ?? {}, message.value);
            // only the topic's owner publishes on it (the services' consumers dead-letter the rest)
            const owner = topicOwner(ns && topic.startsWith(ns) ? topic.slice(ns.length) : topic);
            if (!owner || event.source !== serviceSource(owner)) return;
            const live = toLiveEvent(event);
            if (live) this.feed.push(live);
          } catch (e) {
            if (!(e instanceof EnvelopeError)) throw e;
            this.logger.warn({ topic, offset: message.offset, err: e.message }, 'live: malformed event dropped');
          }
        },
      });
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'live: consumer could not start; retrying');
      this.later();
    }
  }

  private later(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      const old = this.consumer;
      void (old ? old.disconnect().catch(() => undefined) : Promise.resolve()).then(() => this.start());
    }, 3_000);
  }

  /** Before the session store closes: the streams end while their sessions can still be touched. */
  beforeApplicationShutdown(): void {
    this.feed.close();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.consumer?.disconnect().catch(() => undefined);
    this.joined = false;
    // the group was this process's alone: nothing will read it again
    const admin = this.kafka.admin();
    await admin
      .connect()
      .then(() => admin.deleteGroups([this.groupId]))
      .catch(() => undefined)
      .finally(() => admin.disconnect().catch(() => undefined));
  }
}
