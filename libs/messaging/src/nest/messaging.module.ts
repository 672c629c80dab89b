import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { createKafka } from '../kafka/kafka.factory';
import { RecoveringProducer } from '../kafka/recovering-producer';
import type { MessagingOptions } from '../messaging-options';
import { Outbox } from '../outbox/outbox';
import { MessagingRuntime } from './messaging.runtime';
import { OutboxAdminController } from './outbox-admin.controller';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_OPTIONS } from './messaging.tokens';

export interface MessagingModuleOptions {
  imports?: ModuleMetadata['imports'];
  inject?: unknown[];
  useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
}

/** The backbone for one service: outbox, relay, consumer runner, topics. Global: inject `Outbox` anywhere. */
@Module({})
export class MessagingModule {
  static forRootAsync(o: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: o.imports ?? [],
      controllers: [OutboxAdminController],
      providers: [
        { provide: MESSAGING_OPTIONS, inject: (o.inject ?? []) as never[], useFactory: o.useFactory },
        {
          provide: KAFKA,
          inject: [MESSAGING_OPTIONS],
          useFactory: (m: MessagingOptions) => createKafka(m.serviceName, m.brokers, m.sasl),
        },
        {
          provide: KAFKA_PRODUCER,
          inject: [KAFKA],
          // replaces its kafkajs producer after a failed send (a stale idempotent sequence never heals)
          useFactory: (kafka: Kafka) => new RecoveringProducer(kafka),
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
