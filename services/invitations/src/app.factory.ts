import type { INestApplication } from '@nestjs/common';
import { kafkaReadiness } from '@tdkt/messaging';
import { databaseReadiness, ensureDatabase } from '@tdkt/persistence';
import { createServiceApp, type ServiceKitOptions } from '@tdkt/service-kit';
import { AppModule } from './app.module';
import { systemClock, type Clock } from './common/domain/clock';
import { mapInvitationsError } from './common/invitations-error.mapper';
import type { InvitationsConfig } from './config/invitations.config';

/**
 * Builds the invitations app (for main.ts and the tests; tests pass a clock they can move and may
 * capture the log lines); call listen() to start it.
 */
export async function createInvitationsApp(
  config: InvitationsConfig,
  clock: Clock = systemClock,
  logStream?: ServiceKitOptions['logStream'],
): Promise<INestApplication> {
  await ensureDatabase(config.database);
  return createServiceApp({
    kit: {
      auth: config.auth,
      serviceName: 'invitations',
      title: 'Invitations — khách mời, giấy mời, điểm danh',
      version: '1.0.0',
      logLevel: config.logLevel,
      mapError: mapInvitationsError,
      bodyLimit: '1mb',
      // the signed token of a personal link is the guest's key: never in a log line
      secretRoutes: ['/rsvp/:token'],
      logStream,
    },
    readiness: [databaseReadiness, kafkaReadiness],
    module: (kit) => AppModule.register(config, kit, clock),
  });
}
