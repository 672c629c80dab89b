import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TOPICS } from '@tdkt/contracts';
import { MessagingModule, MessagingTables1700000000000 } from '@tdkt/messaging';
import { dataSourceOptions } from '@tdkt/persistence';
import { ServiceKitModule, type ServiceKitOptions } from '@tdkt/service-kit';
import type { PressConfig } from './config/press.config';
import { DraftsModule, PRESS_HANDLERS } from './drafts/drafts.module';
import { DRAFT_RECORDS } from './drafts/infra/draft.records';
import { Drafts1700000000200 } from './migrations/1700000000200-drafts';

@Module({})
export class AppModule {
  static register(config: PressConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot(kit),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            database: config.database,
            entities: DRAFT_RECORDS,
            migrations: [MessagingTables1700000000000, Drafts1700000000200],
            applicationName: 'press',
          }),
          migrationsRun: true,
          migrationsTransactionMode: 'each',
        }),
        MessagingModule.forRootAsync({
          useFactory: () => ({
            source: '/services/press',
            serviceName: 'press',
            brokers: config.kafka.brokers,
            namespace: config.kafka.namespace,
            partitions: config.kafka.partitions,
            topics: [TOPICS.draft],
          }),
          handlers: PRESS_HANDLERS,
        }),
        DraftsModule,
      ],
    };
  }
}
