import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ServiceKitModule, type ServiceKitOptions } from '@tdkt/service-kit';
import { AuthController } from './auth/auth.controller';
import { OIDC_CLIENT, OidcClient } from './auth/oidc.client';
import type { GatewayConfig } from './config/gateway.config';
import { GATEWAY_CONFIG } from './gateway.tokens';
import { HomeController } from './home/home.controller';
import type { LiveConsumer } from './live/live-consumer';
import { LiveController } from './live/live.controller';
import { LiveFeed } from './live/live-feed';
import { ProxyController } from './proxy/proxy.controller';
import { SessionAuth } from './proxy/session-auth';
import { CsrfGuard, CsrfTokens } from './security/csrf';
import type { SessionStorage } from './session/session-store';
import { LOGIN_LIMIT, MAIL_LIMIT, RateLimitGuard } from './security/rate-limit.guard';

/** Closes the session store's pool with the app. */
class SessionStorageLifecycle implements OnApplicationShutdown {
  constructor(private readonly storage: SessionStorage) {}
  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}

@Module({})
export class AppModule {
  static register(
    config: GatewayConfig,
    kit: ServiceKitOptions,
    oidc: OidcClient,
    storage: SessionStorage,
    live: { feed: LiveFeed; consumer: LiveConsumer },
  ): DynamicModule {
    const ttl = config.rateLimits.windowSeconds * 1000;
    return {
      module: AppModule,
      imports: [
        // logger, health, metrics, problem+json; its token guard lets the @Public routes below through
        ServiceKitModule.forRoot(kit),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: LOGIN_LIMIT, ttl, limit: config.rateLimits.login },
            { name: MAIL_LIMIT, ttl, limit: config.rateLimits.mail },
          ],
          // the 429 problem carries Retry-After itself
          setHeaders: false,
        }),
      ],
      controllers: [HomeController, AuthController, ProxyController, LiveController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: OIDC_CLIENT, useValue: oidc },
        { provide: SessionStorageLifecycle, useValue: new SessionStorageLifecycle(storage) },
        { provide: LiveFeed, useValue: live.feed },
        // a provider value: Nest calls its bootstrap and shutdown hooks
        { provide: 'LIVE_CONSUMER', useValue: live.consumer },
        CsrfTokens,
        SessionAuth,
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
      ],
    };
  }
}
