// Boots a real Nest application on an ephemeral port for the specs of this library.
import { type INestApplication, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { configureApp } from '../configure-app';
import { ServiceKitModule } from '../service-kit.module';
import type { ServiceKitOptions } from '../service-kit.options';
import { loadAuthConfig } from '@tdkt/auth';

export interface TestApp {
  app: INestApplication;
  url: string;
  close: () => Promise<void>;
}

export function testOptions(overrides: Partial<ServiceKitOptions> = {}): ServiceKitOptions {
  return {
    serviceName: 'test-service',
    title: 'Test service API',
    version: '1.2.3',
    readiness: [],
    logLevel: 'silent',
    // an issuer nobody serves: these specs' routes are @Public; one that is not gets 401/503
    auth: loadAuthConfig('test-service', { AUTH_ISSUER: 'http://127.0.0.1:9/realms/none' }),
    ...overrides,
  };
}

export async function startTestApp(options: ServiceKitOptions, controllers: Type[] = []): Promise<TestApp> {
  @Module({ imports: [ServiceKitModule.forRoot(options)], controllers })
  class TestModule {}

  const app = await NestFactory.create(TestModule, { bodyParser: false, logger: false });
  await configureApp(app, options);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Log lines written by pino, parsed. */
export function logCapture(): { stream: { write(line: string): void }; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line)) } };
}
