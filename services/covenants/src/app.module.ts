import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TOPICS } from '@tdkt/contracts';
import { MessagingModule, MessagingTables1700000000000 } from '@tdkt/messaging';
import { dataSourceOptions, IdempotencyKeys1700000000001 } from '@tdkt/persistence';
import { ServiceKitModule, type ServiceKitOptions } from '@tdkt/service-kit';
import type { CovenantsConfig } from './config/covenants.config';
import { CovenantsModule } from './covenants/covenants.module';
import { COVENANT_RECORDS } from './covenants/infra/covenant.records';
import { Covenants1700000000100 } from './migrations/1700000000100-covenants';

@Module({})
export class AppModule {
  static register(config: CovenantsConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot(kit),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            database: config.database,
            entities: COVENANT_RECORDS,
            migrations: [MessagingTables1700000000000, IdempotencyKeys1700000000001, Covenants1700000000100],
            applicationName: 'covenants',
          }),
          // the service brings its own schema up to date before it serves
          migrationsRun: true,
          migrationsTransactionMode: 'each',
        }),
        MessagingModule.forRootAsync({
          useFactory: () => ({
            source: '/services/covenants',
            serviceName: 'covenants',
            brokers: config.kafka.brokers,
            namespace: config.kafka.namespace,
            partitions: config.kafka.partitions,
            topics: [TOPICS.covenant],
          }),
        }),
        CovenantsModule,
      ],
    };
  }
}
