import type { INestApplication } from '@nestjs/common';
import { kafkaReadiness } from '@tdkt/messaging';
import { databaseReadiness, ensureDatabase } from '@tdkt/persistence';
import { createServiceApp } from '@tdkt/service-kit';
import { AppModule } from './app.module';
import type { AgendaConfig } from './config/agenda.config';
import { mapAgendaError } from './conferences/conference-error.mapper';

/** Builds the agenda app (for main.ts and the tests); call listen() to start it. */
export async function createAgendaApp(config: AgendaConfig): Promise<INestApplication> {
  await ensureDatabase(config.database);
  return createServiceApp({
    kit: {
      auth: config.auth,
      serviceName: 'agenda',
      title: 'Agenda — hội nghị và chương trình',
      version: '1.0.0',
      logLevel: config.logLevel,
      mapError: mapAgendaError,
    },
    readiness: [databaseReadiness, kafkaReadiness],
    module: (kit) => AppModule.register(config, kit),
  });
}
