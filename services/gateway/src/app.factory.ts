import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import {
  correlationMiddleware,
  httpLoggingMiddleware,
  httpMetricsMiddleware,
  type ServiceKitOptions,
} from '@tdkt/service-kit';
import { AppModule } from './app.module';
import { OidcClient } from './auth/oidc.client';
import { serveConsole } from './console/console-assets';
import type { GatewayConfig } from './config/gateway.config';
import { LiveConsumer } from './live/live-consumer';
import { LiveFeed } from './live/live-feed';
import { openSessionStorage } from './session/session-store';

/**
 * Builds the gateway (for main.ts and the tests); call listen() to start it. No body parser:
 * bodies stream through to the services untouched. It publishes nothing; its one consumer feeds
 * `GET /events` (src/live).
 */
export async function createGatewayApp(
  config: GatewayConfig,
  extra: Pick<ServiceKitOptions, 'logStream'> = {},
): Promise<INestApplication> {
  const storage = await openSessionStorage(config);
  const oidc = new OidcClient(config);
  const feed = new LiveFeed(config.live.bufferSize);
  const consumer = new LiveConsumer(config.live, feed);
  const kit: ServiceKitOptions = {
    serviceName: 'gateway',
    title: 'Gateway — cổng đăng nhập',
    version: '1.0.0',
    logLevel: config.logLevel,
    auth: config.auth,
    // the session id travels in a cookie, never in a URL; nothing to redact
    readiness: [
      { name: 'database', check: async () => void (await storage.pool.query('SELECT 1')) },
      { name: 'identity-provider', check: async () => void (await oidc.discover()) },
      {
        name: 'live-events',
        check: async () => {
          if (!consumer.running) throw new Error('the live events consumer has not joined its group yet');
        },
      },
    ],
    ...extra,
  };
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, kit, oidc, storage, { feed, consumer }),
    {
      bodyParser: false,
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // behind a TLS-terminating proxy: req.secure (Secure cookies) and req.ip (rate limits) from its headers
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  const https = config.publicUrl.startsWith('https:');
  app.use(httpMetricsMiddleware());
  app.use(httpLoggingMiddleware(kit));
  app.use(correlationMiddleware());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // the console's component library (Mantine) sets CSS variables in style attributes and
          // one <style> element; scripts stay 'self' only
          styleSrc: ["'self'", "'unsafe-inline'"],
          frameAncestors: ["'none'"],
          // the logout form is answered with a redirect to the provider
          formAction: ["'self'", new URL(config.oidc.issuer).origin],
          upgradeInsecureRequests: https ? [] : null,
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
  );
  // ahead of the session and Nest's routes: the console's page and assets need no session (no
  // session store read per asset); /auth, /api and the rest go on below
  serveConsole(app, config.consoleDir);
  app.use(cookieParser());
  app.use(storage.middleware);
  app.enableShutdownHooks();
  return app;
}
