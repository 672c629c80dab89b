import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule, MessagingTables1700000000000, OutboxParked1700000000002 } from '@tdkt/messaging';
import { dataSourceOptions, isTransientDatabaseError } from '@tdkt/persistence';
import { IdempotencyKeys1700000000001 } from '../idempotency/idempotency-keys.migration';
import type { ServiceConfig } from '../config/service-config';
import { ServiceKitModule } from '../service-kit.module';
import type { ServiceKitOptions } from '../service-kit.options';

export interface PlatformSpec {
  name: string;
  config: ServiceConfig;
  kit: ServiceKitOptions;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  /** the service's own migrations; the outbox/inbox and idempotency tables come first */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** logical topics the service publishes */
  topics: string[];
}

/**
 * The modules every service's root module imports: HTTP conventions, its own database (schema
 * brought up to date by migrations before it serves) and the messaging backbone.
 */
export function platformImports(s: PlatformSpec): DynamicModule[] {
  return [
    ServiceKitModule.forRoot(s.kit),
    TypeOrmModule.forRoot({
      ...dataSourceOptions({
        database: s.config.database,
        entities: s.entities,
        migrations: [
          MessagingTables1700000000000,
          IdempotencyKeys1700000000001,
          OutboxParked1700000000002,
          ...s.migrations,
        ],
        applicationName: s.name,
      }),
      migrationsRun: true,
      migrationsTransactionMode: 'each',
      // a database that is slow to come up is waited for, never a reason to exit; a wrong
      // password or a failing migration still stops the start
      retryAttempts: Number.POSITIVE_INFINITY,
      retryDelay: 2000,
      toRetry: isTransientDatabaseError,
    }),
    MessagingModule.forRootAsync({
      useFactory: () => ({
        source: `/services/${s.name}`,
        serviceName: s.name,
        brokers: s.config.kafka.brokers,
        sasl: s.config.kafka.sasl,
        namespace: s.config.kafka.namespace,
        partitions: s.config.kafka.partitions,
        topics: s.topics,
      }),
    }),
  ];
}
