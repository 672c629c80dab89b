import type { INestApplication } from '@nestjs/common';
import { kafkaReadiness } from '@tdkt/messaging';
import { databaseReadiness, ensureDatabase } from '@tdkt/persistence';
import { createServiceApp } from '@tdkt/service-kit';
import { spreadsheetProblem } from '@tdkt/spreadsheets';
import { AppModule } from './app.module';
import { mapAwardsError } from './common/awards-error.mapper';
import type { AwardsConfig } from './config/awards.config';

/** Builds the awards app (for main.ts and the tests); call listen() to start it. */
export async function createAwardsApp(config: AwardsConfig): Promise<INestApplication> {
  await ensureDatabase(config.database);
  return createServiceApp({
    kit: {
      auth: config.auth,
      serviceName: 'awards',
      title: 'Awards — sổ khen thưởng',
      version: '1.0.0',
      logLevel: config.logLevel,
      mapError: (e) => mapAwardsError(e) ?? spreadsheetProblem(e),
      // a decision of thousands of recipients sent as JSON (3,500 lines ≈ 700 kB); files go by multipart
      bodyLimit: '8mb',
    },
    readiness: [databaseReadiness, kafkaReadiness],
    module: (kit) => AppModule.register(config, kit),
  });
}
