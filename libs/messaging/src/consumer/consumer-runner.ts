import { Logger } from '@nestjs/common';
import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  eventDefinition,
  fromKafkaMessage,
  provenanceError,
  runWithCorrelation,
  validateEventData,
  type CloudEvent,
} from '@tdkt/contracts';
import { claimMessage } from '../inbox/inbox';
import type { EventProducer } from '../kafka/recovering-producer';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { withNamespace, type ConsumerOptions } from '../messaging-options';
import { deadLetter } from './dead-letter';
import type { EventHandler } from './event-handler';
import { backoffMs, classifyFailure } from './retry-policy';

type Outcome = 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Consumes the topics of its handlers in one consumer group. Each message: envelope, provenance
 * (its source is the topic's owner) and schema checked (else dead-lettered), then handled once
 * in the inbox transaction, retried with backoff, dead-lettered when it keeps failing — the
 * partition always moves on.
 */
export class ConsumerRunner {
  private readonly logger = new Logger(ConsumerRunner.name);
  private readonly handlers = new Map<string, EventHandler>();
  private consumer?: Consumer;
  private running = false;
  private readonly joined: Promise<void>;
  private markJoined!: () => void;
  /** why the consumer stopped by itself, while it is being replaced */
  private crashed?: string;
  private restartTimer?: NodeJS.Timeout;
  readonly groupId: string;

  constructor(
    private readonly kafka: Kafka,
    private readonly producer: EventProducer,
    private readonly dataSource: DataSource,
    handlers: EventHandler[],
    private readonly namespace: string | undefined,
    defaultGroup: string,
    private readonly options: ConsumerOptions = {},
  ) {
    for (const h of handlers) this.handlers.set(h.event.type, h);
    this.groupId = withNamespace(namespace, options.groupId ?? defaultGroup);
    this.joined = new Promise((resolve) => (this.markJoined = resolve));
  }

  get topics(): string[] {
    return [...new Set([...this.handlers.values()].map((h) => withNamespace(this.namespace, h.event.topic)))];
  }

  /** Safe to call again after it failed (the broker away at start-up). */
  async start(): Promise<void> {
    if (this.handlers.size === 0 || this.running) return;
    this.running = true;
    try {
      await this.connect();
    } catch (e) {
      this.running = false;
      const failed = this.consumer;
      this.consumer = undefined;
      await failed?.disconnect().catch(() => undefined);
      throw e;
    }
  }

  /** For readiness: false while a consumer that stopped by itself is being replaced. */
  health(): { ok: boolean; reason?: string } {
    return this.crashed ? { ok: false, reason: `consumer stopped: ${this.crashed}; restarting` } : { ok: true };
  }

  private async connect(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10000,
      heartbeatInterval: 1000,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.crashed = undefined;
      this.markJoined();
    });
    // kafkajs restarts itself after retriable failures only; after any other it stays down
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && this.running && this.consumer === consumer) this.replace(payload.error);
    });
    await consumer.connect();
    // a new group reads from the beginning: a service first started late still sees every event
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachMessage: (payload) => this.process(payload),
    });
  }

  private replace(error: Error, delayMs = 1000): void {
    this.crashed = error.message;
    this.logger.error({ msg: 'consumer stopped; starting a new one', err: error.message, retryInMs: delayMs });
    this.restartTimer = setTimeout(async () => {
      if (!this.running) return;
      await this.consumer?.disconnect().catch(() => undefined);
      try {
        await this.connect();
      } catch (e) {
        if (this.running) this.replace(e as Error, Math.min(delayMs * 2, 30000));
      }
    }, delayMs);
  }

  /** Resolves once the group has assigned partitions to this instance. */
  waitUntilJoined(): Promise<void> {
    return this.handlers.size === 0 ? Promise.resolve() : this.joined;
  }

  /** Finishes in-flight messages, commits, leaves the group. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.restartTimer);
    await this.consumer?.disconnect();
  }

  private async process({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    let outcome: Outcome;
    let event: CloudEvent;
    try {
      event = fromKafkaMessage(message.headers ?? {}, message.value);
    } catch (e) {
      return this.finish(
        topic,
        await this.toDeadLetter(topic, partition, message, `envelope: ${(e as Error).message}`),
      );
    }
    // the broker's ACLs stop other principals; this stops a message that got past them anyway
    const forged = provenanceError(this.logicalTopic(topic), event);
    if (forged) return this.finish(topic, await this.toDeadLetter(topic, partition, message, `provenance: ${forged}`));
    const handler = this.handlers.get(event.type);
    if (!handler) {
      outcome = eventDefinition(event.type)
        ? 'ignored'
        : await this.toDeadLetter(topic, partition, message, `unknown event type ${event.type}`);
      return this.finish(topic, outcome);
    }
    const valid = validateEventData(event.type, event.data);
    if (!valid.ok) {
      return this.finish(topic, await this.toDeadLetter(topic, partition, message, `schema: ${valid.error}`));
    }
    for (let attempt = 1; ; attempt++) {
      try {
        outcome = await runWithCorrelation(
          {
            correlationId: event.correlationid,
            causationId: event.id,
            ...(event.actorid ? { actor: { id: event.actorid, name: event.actorname ?? event.actorid } } : {}),
          },
          () => this.handleOnce(handler, event),
        );
        return this.finish(topic, outcome);
      } catch (err) {
        const kind = classifyFailure(err);
        const reason = (err as Error).message ?? String(err);
        const maxAttempts = this.options.maxAttempts ?? 5;
        if (kind === 'permanent' || (kind === 'ordinary' && attempt >= maxAttempts)) {
          return this.finish(topic, await this.toDeadLetter(topic, partition, message, `handler: ${reason}`));
        }
        // shutting down: leave the offset uncommitted, the message comes again
        if (!this.running) throw err;
        this.logger.warn({
          msg: 'handler failed; retrying',
          type: event.type,
          id: event.id,
          attempt,
          kind,
          err: reason,
        });
        await this.pause(
          backoffMs(attempt, this.options.initialBackoffMs ?? 100, this.options.maxBackoffMs ?? 5000),
          heartbeat,
        );
      }
    }
  }

  private logicalTopic(topic: string): string {
    const ns = this.namespace ?? '';
    return topic.startsWith(ns) ? topic.slice(ns.length) : topic;
  }

  private handleOnce(handler: EventHandler, event: CloudEvent): Promise<Outcome> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimMessage(manager, this.groupId, event.id))) return 'duplicate';
      await handler.handle(event, manager);
      return 'handled';
    });
  }

  private async toDeadLetter(topic: string, partition: number, message: EachMessagePayload['message'], error: string) {
    this.logger.error({ msg: 'dead-lettering message', topic, partition, offset: message.offset, error });
    await deadLetter(this.producer, this.groupId, { topic, partition, message }, error);
    return 'dead-lettered' as const;
  }

  private finish(topic: string, outcome: Outcome): void {
    messagingMetrics.consumed.inc({ topic, outcome });
  }

  /** Waits while keeping the group membership alive. */
  private async pause(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && this.running) {
      await new Promise((r) => setTimeout(r, Math.min(500, until - Date.now())));
      await heartbeat().catch(() => undefined);
    }
  }
}
