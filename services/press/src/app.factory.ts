import type { INestApplication } from '@nestjs/common';
import { kafkaReadiness } from '@tdkt/messaging';
import { databaseReadiness, ensureDatabase } from '@tdkt/persistence';
import { createServiceApp } from '@tdkt/service-kit';
import { AppModule } from './app.module';
import { mapDraftError } from './drafts/draft-error.mapper';
import type { PressConfig } from './config/press.config';

/** Builds the press app (for main.ts and the tests); call listen() to start it. */
export async function createPressApp(config: PressConfig): Promise<INestApplication> {
  await ensureDatabase(config.database);
  return createServiceApp({
    kit: {
      auth: config.auth,
      serviceName: 'press',
      title: 'Press — bản tin dự thảo',
      version: '1.0.0',
      logLevel: config.logLevel,
      mapError: mapDraftError,
    },
    readiness: [databaseReadiness, kafkaReadiness],
    module: (kit) => AppModule.register(config, kit),
  });
}
