import type { INestApplication } from '@nestjs/common';
import { kafkaReadiness } from '@tdkt/messaging';
import { databaseReadiness, ensureDatabase } from '@tdkt/persistence';
import { createServiceApp } from '@tdkt/service-kit';
import { AppModule } from './app.module';
import type { CovenantsConfig } from './config/covenants.config';
import { mapDomainError } from './problem.mapper';

/** Builds the covenants app (for main.ts and the tests); call listen() to start it. */
export async function createCovenantsApp(config: CovenantsConfig): Promise<INestApplication> {
  await ensureDatabase(config.database);
  return createServiceApp({
    kit: {
      auth: config.auth,
      serviceName: 'covenants',
      title: 'Covenants — giao ước thi đua',
      version: '1.0.0',
      logLevel: config.logLevel,
      mapError: mapDomainError,
    },
    readiness: [databaseReadiness, kafkaReadiness],
    module: (kit) => AppModule.register(config, kit),
  });
}
