import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { EventHandler } from '../consumer/event-handler';
import { createKafka } from '../kafka/kafka.factory';
import type { MessagingOptions } from '../messaging-options';
import { Outbox } from '../outbox/outbox';
import { MESSAGING_HANDLERS, MessagingRuntime } from './messaging.runtime';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

export interface MessagingModuleOptions {
  imports?: ModuleMetadata['imports'];
  inject?: unknown[];
  useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
  /** handler classes; they must also be providers of the service's own modules */
  handlers?: Type<EventHandler>[];
}

/** The backbone for one service: outbox, relay, consumer runner, topics. Global: inject `Outbox` anywhere. */
@Module({})
export class MessagingModule {
  static forRootAsync(o: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: o.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, inject: (o.inject ?? []) as never[], useFactory: o.useFactory },
        { provide: MESSAGING_HANDLERS, useValue: o.handlers ?? [] },
        {
          provide: KAFKA,
          inject: [MESSAGING_OPTIONS],
          useFactory: (m: MessagingOptions) => createKafka(m.serviceName, m.brokers, m.sasl),
        },
        {
          provide: KAFKA_PRODUCER,
          inject: [KAFKA],
          // idempotent + one request in flight: no broker-side duplicates from retries, order kept
          useFactory: (kafka: Kafka) =>
            kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false }),
        },
        {
          provide: Outbox,
          inject: [MESSAGING_OPTIONS],
          useFactory: (m: MessagingOptions) => new Outbox(m.source, m.namespace),
        },
        MessagingRuntime,
      ],
      exports: [Outbox, KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS, MessagingRuntime],
    };
  }
}
