import type { DynamicModule, INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connectInboxTransport } from '@tdkt/messaging';
import { configureApp } from '../configure-app';
import { LateReadiness } from '../health/late-readiness';
import type { ServiceKitOptions } from '../service-kit.options';

export interface AppReadiness {
  name: string;
  check: (app: INestApplicationContext) => Promise<void>;
}

export interface ServiceAppSpec {
  kit: Omit<ServiceKitOptions, 'readiness'>;
  /** checks that need the app's own providers (its DataSource, its Kafka client) */
  readiness: AppReadiness[];
  module: (kit: ServiceKitOptions) => DynamicModule;
}

/**
 * Builds a service the same way for main.ts and for tests; the caller calls listen(). The
 * service's `@EventPattern` handlers are consumed through InboxTransport, connected here (a
 * hybrid app: HTTP plus the event transport) before the app starts, so the consumer knows them.
 */
export async function createServiceApp(spec: ServiceAppSpec): Promise<INestApplication> {
  const late = new LateReadiness();
  const kit: ServiceKitOptions = { ...spec.kit, readiness: spec.readiness.map((r) => late.check(r.name, r.check)) };
  const app = await NestFactory.create(spec.module(kit), { bodyParser: false, bufferLogs: true });
  await configureApp(app, kit);
  connectInboxTransport(app);
  await app.startAllMicroservices();
  late.attach(app);
  return app;
}
